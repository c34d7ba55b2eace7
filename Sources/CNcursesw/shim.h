#ifndef DEVREL_GUIDE_CNCURSESW_SHIM_H
#define DEVREL_GUIDE_CNCURSESW_SHIM_H

/* The package reads no .pc file (its -D flags make SwiftPM warn), so ask for the wide API here. */
#define NCURSES_WIDECHAR 1
#include <ncursesw/ncurses.h>

#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

/* ---- Things Swift cannot import: globals, macro-built constants, function-like macros. ---- */

static inline WINDOW *dg_stdscr(void) { return stdscr; }
static inline WINDOW *dg_curscr(void) { return curscr; }

static inline attr_t dg_attr_normal(void) { return A_NORMAL; }
static inline attr_t dg_attr_bold(void) { return A_BOLD; }
static inline attr_t dg_attr_reverse(void) { return A_REVERSE; }
static inline attr_t dg_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t dg_attr_dim(void) { return A_DIM; }

/* wattr_set is a macro in ncurses 6.4. */
static inline int dg_set_attributes(WINDOW *win, attr_t attributes, short pair) {
  return wattr_set(win, attributes, pair, NULL);
}

static inline int dg_max_y(WINDOW *win) { return getmaxy(win); }
static inline int dg_max_x(WINDOW *win) { return getmaxx(win); }
static inline int dg_cur_x(WINDOW *win) { return getcurx(win); }
static inline int dg_key_f(int n) { return KEY_F(n); }
static inline int dg_color_pairs(void) { return COLOR_PAIRS; }

/* Mouse: the buttons the guide listens to (BUTTON*_ masks are macros Swift cannot import). */
static inline mmask_t dg_mouse_mask(void) {
  return BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED;
}

/* The pending mouse event: 1 left click, 2 wheel up, 3 wheel down, 0 anything else. */
static inline int dg_mouse_event(int *row, int *column) {
  MEVENT event;
  if (getmouse(&event) != OK) return 0;
  *row = event.y;
  *column = event.x;
  if (event.bstate & BUTTON4_PRESSED) return 2;
  if (event.bstate & BUTTON5_PRESSED) return 3;
  if (event.bstate & (BUTTON1_PRESSED | BUTTON1_CLICKED)) return 1;
  return 0;
}

/* newterm on the process's own stdout/stdin (FILE globals are not concurrency-safe in Swift). */
static inline SCREEN *dg_newterm(void) { return newterm(NULL, stdout, stdin); }

/* Lets Ctrl-S and Ctrl-Q reach the program instead of freezing output (cbreak keeps IXON),
   and records the result as the "program" mode curses restores after Ctrl-Z. */
static inline void dg_disable_flow_control(void) {
  struct termios modes;
  if (tcgetattr(0, &modes) == 0) {
    modes.c_iflag &= ~(tcflag_t)IXON;
    tcsetattr(0, TCSANOW, &modes);
  }
  def_prog_mode();
}

/* True when the terminal can move the cursor (TERM=dumb cannot). Call after newterm. */
static inline int dg_has_cursor_addressing(void) {
  char *cup = tigetstr("cup");
  return cup != NULL && cup != (char *)-1;
}

/* True when the locale's character set is UTF-8. Call after setlocale(LC_CTYPE, ""). */
static inline int dg_locale_is_utf8(void) {
  const char *codeset = nl_langinfo(CODESET);
  if (codeset == NULL) return 0;
  return strcasecmp(codeset, "UTF-8") == 0 || strcasecmp(codeset, "utf8") == 0;
}

/* True when standard input has reached end of file or hang-up (ncurses reports that as ERR,
   like a timeout). Readable with zero bytes pending means EOF. */
static inline int dg_input_closed(void) {
  struct pollfd fd = {.fd = 0, .events = POLLIN, .revents = 0};
  int ready = poll(&fd, 1, 0);
  if (ready < 0) return errno != EINTR;
  if (ready == 0) return 0;
  if (fd.revents & (POLLHUP | POLLERR | POLLNVAL)) return 1;
  if (fd.revents & POLLIN) {
    int pending = 0;
    if (ioctl(0, FIONREAD, &pending) == 0 && pending == 0) return 1;
  }
  return 0;
}

/* ---- Signals. ----
   The state below is `static`, so every Swift object file that calls these functions gets its
   own copy: call them from ONE Swift file only (NcursesTerminal/Signals.swift). */

static volatile sig_atomic_t dg_pending_signal_number = 0;
static volatile sig_atomic_t dg_continued_flag = 0;
static volatile sig_atomic_t dg_curses_active_flag = 0;

static const int dg_request_signals[] = {SIGINT, SIGTERM, SIGHUP, SIGCONT};
#define DG_REQUEST_SIGNAL_COUNT 4
static const int dg_crash_signals[] = {SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGABRT, SIGFPE, SIGQUIT};
#define DG_CRASH_SIGNAL_COUNT 7

/* Function-local statics: Swift does not emit file-scope tentative definitions. */
static inline struct sigaction *dg_saved_request_actions(void) {
  static struct sigaction saved[DG_REQUEST_SIGNAL_COUNT];
  return saved;
}
static inline struct sigaction *dg_saved_crash_actions(void) {
  static struct sigaction saved[DG_CRASH_SIGNAL_COUNT];
  return saved;
}
static int dg_handlers_installed = 0;

static void dg_request_handler(int signal_number) {
  if (signal_number == SIGCONT) {
    dg_continued_flag = 1;
  } else {
    dg_pending_signal_number = signal_number;
  }
}

/* Gives the terminal back, then lets the previous handler (Swift's backtracer, or the default
   action) see the signal, and makes sure the process dies of it. */
static void dg_crash_handler(int signal_number, siginfo_t *info, void *context) {
  if (dg_curses_active_flag) {
    dg_curses_active_flag = 0;
    endwin();
  }
  struct sigaction previous;
  memset(&previous, 0, sizeof previous);
  previous.sa_handler = SIG_DFL;
  for (int i = 0; i < DG_CRASH_SIGNAL_COUNT; i++) {
    if (dg_crash_signals[i] == signal_number) {
      previous = dg_saved_crash_actions()[i];
      sigaction(signal_number, &previous, NULL);
    }
  }
  /* A fault re-executes the faulting instruction on return and reaches the restored handler
     with the real siginfo. */
  if (info != NULL && info->si_code > 0 && signal_number != SIGTRAP &&
      signal_number != SIGABRT && signal_number != SIGQUIT) {
    return;
  }
  /* A sent signal (abort, kill, a trap instruction) happens only once: run the previous
     handler here (it may print a crash report and return, as Swift's backtracer does for a
     signal that was sent), then die of the signal by its default action. */
  if (previous.sa_flags & SA_SIGINFO) {
    if (previous.sa_sigaction != NULL) previous.sa_sigaction(signal_number, info, context);
  } else if (previous.sa_handler != SIG_DFL && previous.sa_handler != SIG_IGN &&
             previous.sa_handler != NULL) {
    previous.sa_handler(signal_number);
  }
  struct sigaction fallback;
  memset(&fallback, 0, sizeof fallback);
  fallback.sa_handler = SIG_DFL;
  sigemptyset(&fallback.sa_mask);
  sigaction(signal_number, &fallback, NULL);
  sigset_t unblock;
  sigemptyset(&unblock);
  sigaddset(&unblock, signal_number);
  raise(signal_number);
  sigprocmask(SIG_UNBLOCK, &unblock, NULL);
  _exit(128 + signal_number);
}

/* Installs handlers that only record SIGINT/SIGTERM/SIGHUP/SIGCONT (no SA_RESTART, so a
   blocking read returns), plus crash handlers that restore the terminal. Call before newterm
   so ncurses does not install its own SIGINT/SIGTERM handlers. Never touches SIGWINCH. */
static inline void dg_install_signal_handlers(void) {
  if (dg_handlers_installed) return;
  dg_handlers_installed = 1;
  dg_pending_signal_number = 0;
  dg_continued_flag = 0;

  struct sigaction request;
  memset(&request, 0, sizeof request);
  request.sa_handler = dg_request_handler;
  sigemptyset(&request.sa_mask);
  request.sa_flags = 0;
  for (int i = 0; i < DG_REQUEST_SIGNAL_COUNT; i++) {
    sigaction(dg_request_signals[i], &request, &dg_saved_request_actions()[i]);
  }

  struct sigaction crash;
  memset(&crash, 0, sizeof crash);
  crash.sa_sigaction = dg_crash_handler;
  sigemptyset(&crash.sa_mask);
  crash.sa_flags = SA_SIGINFO | SA_ONSTACK;
  for (int i = 0; i < DG_CRASH_SIGNAL_COUNT; i++) {
    sigaction(dg_crash_signals[i], &crash, &dg_saved_crash_actions()[i]);
  }
}

/* Puts back whatever handlers were there before dg_install_signal_handlers. */
static inline void dg_restore_signal_handlers(void) {
  if (!dg_handlers_installed) return;
  dg_handlers_installed = 0;
  for (int i = 0; i < DG_REQUEST_SIGNAL_COUNT; i++) {
    sigaction(dg_request_signals[i], &dg_saved_request_actions()[i], NULL);
  }
  for (int i = 0; i < DG_CRASH_SIGNAL_COUNT; i++) {
    sigaction(dg_crash_signals[i], &dg_saved_crash_actions()[i], NULL);
  }
}

/* The last SIGINT/SIGTERM/SIGHUP received, cleared by reading; 0 when none. */
static inline int dg_take_pending_signal(void) {
  int number = dg_pending_signal_number;
  dg_pending_signal_number = 0;
  return number;
}

/* True once after SIGCONT (back from Ctrl-Z). */
static inline int dg_take_continued(void) {
  int continued = dg_continued_flag;
  dg_continued_flag = 0;
  return continued;
}

/* Whether a crash handler should call endwin (curses is running). */
static inline void dg_set_curses_active(int active) { dg_curses_active_flag = active; }

#endif
