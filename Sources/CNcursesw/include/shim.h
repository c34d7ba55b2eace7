#ifndef DEVREL_GUIDE_CNCURSESW_SHIM_H
#define DEVREL_GUIDE_CNCURSESW_SHIM_H

/* The package reads no .pc file (its -D flags make SwiftPM warn), so ask for the wide API here. */
#define NCURSES_WIDECHAR 1
#include <ncursesw/ncurses.h>

#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <malloc.h>
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
static inline int dg_color_pairs(void) { return COLOR_PAIRS; }

/* Mouse: the buttons the guide listens to (BUTTON*_ masks are macros Swift cannot import). */
static inline mmask_t dg_mouse_mask(void) {
  return BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED;
}

/* The full-screen guide works on one event at a time, on a second thread; that thread can
   share the main thread's malloc arena instead of starting its own (about 80 KB at peak). */
static inline void dg_share_one_malloc_arena(void) { mallopt(M_ARENA_MAX, 1); }

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

/* A terminfo string capability of the current terminal, or NULL when it has none. */
static inline const char *dg_string_capability(const char *name) {
  char *value = tigetstr(name);
  return value == NULL || value == (char *)-1 ? NULL : value;
}

/* Whether the string capability `name` holds `part`: 1 or 0, and -1 when the terminal has no
   such capability. A C search, so start-up needs no Swift string-searching code for it. */
static inline int dg_capability_contains(const char *name, const char *part) {
  const char *value = dg_string_capability(name);
  return value == NULL ? -1 : strstr(value, part) != NULL;
}

/* A terminfo number capability (`colors`...), or -1 when the terminal has none. */
static inline int dg_number_capability(const char *name) { return tigetnum(name); }

/* `Ss` (DECSCUSR, the cursor's shape) with its parameter filled in, or NULL without `Ss`. */
static inline const char *dg_cursor_shape(int shape) {
  const char *set = dg_string_capability("Ss");
  return set == NULL ? NULL : tiparm(set, shape);
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

/* ---- Signals (signals.c). ---- */

/* Installs handlers that only record SIGINT/SIGTERM/SIGHUP/SIGCONT (no SA_RESTART, so a
   blocking read returns), plus crash handlers that restore the terminal. Call before newterm
   so ncurses does not install its own SIGINT/SIGTERM handlers. Never touches SIGWINCH. */
void dg_install_signal_handlers(void);

/* Puts back whatever handlers were there before dg_install_signal_handlers. */
void dg_restore_signal_handlers(void);

/* The last SIGINT/SIGTERM/SIGHUP received, cleared by reading; 0 when none. */
int dg_take_pending_signal(void);

/* True once after SIGCONT (back from Ctrl-Z). */
int dg_take_continued(void);

/* Whether a crash handler should call endwin (curses is running). */
void dg_set_curses_active(int active);

/* The sequences the guide writes beyond curses on the way in and on the way out (bracketed
   paste, the cursor's shape): every way out writes `leave` (a crash, a signal, Ctrl-Z), and
   the way back from Ctrl-Z writes `enter`. At most 63 bytes each. */
void dg_set_mode_sequences(const char *enter, const char *leave);

/* Runs a handler of ours around the SIGTSTP handler curses installed, so Ctrl-Z gives the
   shell its cursor shape and takes the bar back on fg. Call after newterm. */
void dg_chain_stop_handler(void);

#endif
