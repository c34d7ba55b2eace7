/* Signal handling for the full-screen terminal: requests (SIGINT, SIGTERM, SIGHUP, SIGCONT) are
   only recorded, for the input loop to read; crashes give the terminal back before the process
   dies. One C file, so the state below exists once however many Swift files call it. */

#include "shim.h"

#include <fcntl.h>
#include <pthread.h>
#include <time.h>


static volatile sig_atomic_t dg_pending_signal_number = 0;
/* The first SIGINT/SIGTERM/SIGHUP, kept after the loop takes it: the process must end within
   DG_EXIT_GRACE_MS of it, whatever the main thread is stuck in. */
static volatile sig_atomic_t dg_ending_signal_number = 0;
static volatile sig_atomic_t dg_continued_flag = 0;
static volatile sig_atomic_t dg_curses_active_flag = 0;

static const int dg_request_signals[] = {SIGINT, SIGTERM, SIGHUP, SIGCONT};
#define DG_REQUEST_SIGNAL_COUNT 4
/* Crashes, and every other signal whose default action ends the process: each gives the
   terminal back first. */
static const int dg_crash_signals[] = {
    SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGABRT, SIGFPE, SIGQUIT, SIGSYS, SIGUSR1,
    SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGPIPE, SIGXCPU, SIGXFSZ};
#define DG_CRASH_SIGNAL_COUNT 16

/* What endwin would send the xterm family (every terminal the guide draws on takes these, or
   ignores the private modes): paste and mouse reports off, plain attributes, the cursor
   shown, the main screen back. */
static const char dg_quick_restore[] =
    "\033[?2004l\033[?1006l\033[?1000l\033[0m\033[?12l\033[?25h\033[?1049l";
/* The terminal modes before curses changed them, to put back without waiting on output. */
static struct termios dg_shell_modes;
static int dg_shell_modes_saved = 0;

/* How long after SIGINT/SIGTERM/SIGHUP the process ends at the latest, and how long of that
   the terminal may take to accept the restore sequence. */
#define DG_EXIT_GRACE_MS 70
#define DG_RESTORE_DEADLINE_MS 20

/* What the guide sends the terminal beyond curses on the way in (bracketed paste on, the bar
   cursor) and on the way out (both given back), set by dg_set_mode_sequences: every way out
   writes the second (exit, a crash, a signal's watchdog, Ctrl-Z), and the way back from
   Ctrl-Z the first. */
#define DG_MODE_SEQUENCE_SIZE 64
static char dg_enter_sequence[DG_MODE_SEQUENCE_SIZE];
static char dg_leave_sequence[DG_MODE_SEQUENCE_SIZE] = "\033[?2004l";
static volatile sig_atomic_t dg_enter_length = 0;
static volatile sig_atomic_t dg_leave_length = sizeof "\033[?2004l" - 1;
/* The SIGTSTP handler curses installed (it leaves and re-enters its own modes); ours runs
   around it. */
static struct sigaction dg_curses_stop_action;
static int dg_stop_handler_chained = 0;

static struct sigaction dg_saved_request_actions[DG_REQUEST_SIGNAL_COUNT];
static struct sigaction dg_saved_crash_actions[DG_CRASH_SIGNAL_COUNT];
static int dg_handlers_installed = 0;

static void dg_request_handler(int signal_number) {
  if (signal_number == SIGCONT) {
    dg_continued_flag = 1;
  } else {
    dg_pending_signal_number = signal_number;
    if (dg_ending_signal_number == 0) dg_ending_signal_number = signal_number;
  }
}

/* Gives the terminal back without ever waiting on it: its modes at once (TCSANOW, where
   endwin waits for output to drain), then the restore sequence through a descriptor of its own
   that does not block, for at most DG_RESTORE_DEADLINE_MS. A terminal that stopped reading
   output (a stuck ssh link) keeps its screen, but the process still ends in time. */
static void dg_write_within_deadline(int out, const char *bytes, size_t left);

static void dg_give_terminal_back_quickly(void) {
  if (dg_shell_modes_saved) tcsetattr(STDIN_FILENO, TCSANOW, &dg_shell_modes);
  /* A new open file description: O_NONBLOCK on it leaves the shell's untouched. */
  int out = open("/proc/self/fd/1", O_WRONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
  if (out < 0) return;
  dg_write_within_deadline(out, dg_leave_sequence, (size_t)dg_leave_length);
  dg_write_within_deadline(out, dg_quick_restore, sizeof dg_quick_restore - 1);
  close(out);
}

/* Writes to a descriptor that does not block, for at most DG_RESTORE_DEADLINE_MS. */
static void dg_write_within_deadline(int out, const char *bytes, size_t left) {
  struct timespec start, now;
  clock_gettime(CLOCK_MONOTONIC, &start);
  while (left > 0) {
    ssize_t written = write(out, bytes, left);
    if (written > 0) {
      bytes += written;
      left -= (size_t)written;
      continue;
    }
    if (written < 0 && errno != EAGAIN && errno != EINTR) break;
    clock_gettime(CLOCK_MONOTONIC, &now);
    long spent = (now.tv_sec - start.tv_sec) * 1000 + (now.tv_nsec - start.tv_nsec) / 1000000;
    if (spent >= DG_RESTORE_DEADLINE_MS) break;
    struct pollfd ready = {.fd = out, .events = POLLOUT, .revents = 0};
    poll(&ready, 1, (int)(DG_RESTORE_DEADLINE_MS - spent));
  }
}

/* All of a sequence to the terminal, finishing a write cut short by a signal. */
static void dg_write_all(const char *bytes, size_t left) {
  while (left > 0) {
    ssize_t written = write(STDOUT_FILENO, bytes, left);
    if (written > 0) {
      bytes += written;
      left -= (size_t)written;
    } else if (written < 0 && errno != EINTR) {
      return;
    }
  }
}

/* Ctrl-Z: the shell gets its own cursor shape and no paste markers while the guide is
   stopped, and the guide gets them back when it is continued. Curses' handler, run in the
   middle, leaves the screen, stops the process and redraws after SIGCONT. */
static void dg_stop_handler(int signal_number) {
  int saved_errno = errno;
  if (dg_curses_active_flag) dg_write_all(dg_leave_sequence, (size_t)dg_leave_length);
  struct sigaction curses = dg_curses_stop_action;
  if (!(curses.sa_flags & SA_SIGINFO) && curses.sa_handler != SIG_DFL &&
      curses.sa_handler != SIG_IGN && curses.sa_handler != NULL) {
    curses.sa_handler(signal_number);
  } else {
    /* No handler of curses: stop by the default action, then come back to this one. */
    struct sigaction stop, ours;
    memset(&stop, 0, sizeof stop);
    stop.sa_handler = SIG_DFL;
    sigemptyset(&stop.sa_mask);
    sigaction(SIGTSTP, &stop, &ours);
    sigset_t unblock;
    sigemptyset(&unblock);
    sigaddset(&unblock, SIGTSTP);
    raise(SIGTSTP);
    sigprocmask(SIG_UNBLOCK, &unblock, NULL);
    sigaction(SIGTSTP, &ours, NULL);
  }
  if (dg_curses_active_flag) dg_write_all(dg_enter_sequence, (size_t)dg_enter_length);
  errno = saved_errno;
}

/* Gives the terminal back, then lets the previous handler (Swift's backtracer, or the default
   action) see the signal, and makes sure the process dies of it. */
static void dg_crash_handler(int signal_number, siginfo_t *info, void *context) {
  if (dg_curses_active_flag) {
    dg_curses_active_flag = 0;
    ssize_t ignored = write(STDOUT_FILENO, dg_leave_sequence, (size_t)dg_leave_length);
    (void)ignored;
    endwin();
  }
  struct sigaction previous;
  memset(&previous, 0, sizeof previous);
  previous.sa_handler = SIG_DFL;
  for (int i = 0; i < DG_CRASH_SIGNAL_COUNT; i++) {
    if (dg_crash_signals[i] == signal_number) {
      previous = dg_saved_crash_actions[i];
      sigaction(signal_number, &previous, NULL);
    }
  }
  /* A fault re-executes the faulting instruction on return and reaches the restored handler
     with the real siginfo. */
  int fault = signal_number == SIGILL || signal_number == SIGSEGV || signal_number == SIGBUS ||
              signal_number == SIGFPE;
  if (info != NULL && info->si_code > 0 && fault) {
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

/* The input loop takes a recorded signal at once while it waits for input, and the guide
   ends; but the main thread may be busy (searching a huge pack on a key) or stuck writing to a
   terminal that stopped reading output, where curses and endwin wait for ever. This thread
   answers for it: DG_EXIT_GRACE_MS after SIGINT/SIGTERM/SIGHUP, if the process is still
   there, it gives the terminal back without waiting on it (not after SIGHUP: the terminal is
   gone) and ends the process with 128 + the signal, as the loop would have. Saves are atomic
   and the quiz is saved after every answer, so ending mid-work loses nothing but the place
   read. */
static void *dg_signal_watchdog(void *unused) {
  (void)unused;
  const struct timespec tick = {0, 5 * 1000 * 1000};
  struct timespec since = {0, 0};
  for (;;) {
    nanosleep(&tick, NULL);
    int ending = dg_ending_signal_number;
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    if (ending == 0) {
      since = now;
      continue;
    }
    long waited = (now.tv_sec - since.tv_sec) * 1000 + (now.tv_nsec - since.tv_nsec) / 1000000;
    if (waited < DG_EXIT_GRACE_MS) continue;
    if (dg_curses_active_flag && ending != SIGHUP) dg_give_terminal_back_quickly();
    _exit(128 + ending);
  }
  return NULL;
}

/* Starts the watchdog once, with every signal blocked in it so they reach the main thread,
   whose blocking read they interrupt. */
static void dg_start_signal_watchdog(void) {
  static int started = 0;
  if (started) return;
  pthread_t watchdog;
  pthread_attr_t attributes;
  pthread_attr_init(&attributes);
  pthread_attr_setdetachstate(&attributes, PTHREAD_CREATE_DETACHED);
  sigset_t all, previous;
  sigfillset(&all);
  pthread_sigmask(SIG_BLOCK, &all, &previous);
  started = pthread_create(&watchdog, &attributes, dg_signal_watchdog, NULL) == 0;
  pthread_sigmask(SIG_SETMASK, &previous, NULL);
  pthread_attr_destroy(&attributes);
}

/* Installs handlers that only record SIGINT/SIGTERM/SIGHUP/SIGCONT (no SA_RESTART, so a
   blocking read returns), plus crash handlers that restore the terminal. Call before newterm
   so ncurses does not install its own SIGINT/SIGTERM handlers. Never touches SIGWINCH. */
void dg_install_signal_handlers(void) {
  if (dg_handlers_installed) return;
  dg_handlers_installed = 1;
  dg_pending_signal_number = 0;
  dg_ending_signal_number = 0;
  dg_continued_flag = 0;
  dg_shell_modes_saved = tcgetattr(STDIN_FILENO, &dg_shell_modes) == 0;

  struct sigaction request;
  memset(&request, 0, sizeof request);
  request.sa_handler = dg_request_handler;
  sigemptyset(&request.sa_mask);
  request.sa_flags = 0;
  for (int i = 0; i < DG_REQUEST_SIGNAL_COUNT; i++) {
    sigaction(dg_request_signals[i], &request, &dg_saved_request_actions[i]);
  }

  dg_start_signal_watchdog();

  struct sigaction crash;
  memset(&crash, 0, sizeof crash);
  crash.sa_sigaction = dg_crash_handler;
  sigemptyset(&crash.sa_mask);
  crash.sa_flags = SA_SIGINFO | SA_ONSTACK;
  for (int i = 0; i < DG_CRASH_SIGNAL_COUNT; i++) {
    /* A signal the parent chose to ignore (nohup, a shell's SIGPIPE) stays ignored. */
    sigaction(dg_crash_signals[i], NULL, &dg_saved_crash_actions[i]);
    if (!(dg_saved_crash_actions[i].sa_flags & SA_SIGINFO) &&
        dg_saved_crash_actions[i].sa_handler == SIG_IGN) {
      continue;
    }
    sigaction(dg_crash_signals[i], &crash, NULL);
  }
}

/* Copies a sequence into a buffer of the handlers; one too long for it is left out. */
static void dg_copy_sequence(char *buffer, volatile sig_atomic_t *length, const char *bytes) {
  size_t count = strlen(bytes);
  if (count >= DG_MODE_SEQUENCE_SIZE) count = 0;
  *length = 0;
  memcpy(buffer, bytes, count);
  buffer[count] = 0;
  *length = (sig_atomic_t)count;
}

void dg_set_mode_sequences(const char *enter, const char *leave) {
  dg_copy_sequence(dg_enter_sequence, &dg_enter_length, enter);
  dg_copy_sequence(dg_leave_sequence, &dg_leave_length, leave);
}

void dg_chain_stop_handler(void) {
  if (dg_stop_handler_chained) return;
  struct sigaction current;
  if (sigaction(SIGTSTP, NULL, &current) != 0) return;
  /* A shell without job control ignores SIGTSTP for us; it stays ignored. */
  if (!(current.sa_flags & SA_SIGINFO) && current.sa_handler == SIG_IGN) return;
  dg_curses_stop_action = current;
  struct sigaction ours;
  memset(&ours, 0, sizeof ours);
  ours.sa_handler = dg_stop_handler;
  sigemptyset(&ours.sa_mask);
  ours.sa_flags = SA_RESTART;
  if (sigaction(SIGTSTP, &ours, NULL) == 0) dg_stop_handler_chained = 1;
}

/* Puts back whatever handlers were there before dg_install_signal_handlers. */
void dg_restore_signal_handlers(void) {
  if (dg_stop_handler_chained) {
    sigaction(SIGTSTP, &dg_curses_stop_action, NULL);
    dg_stop_handler_chained = 0;
  }
  if (!dg_handlers_installed) return;
  dg_handlers_installed = 0;
  for (int i = 0; i < DG_REQUEST_SIGNAL_COUNT; i++) {
    sigaction(dg_request_signals[i], &dg_saved_request_actions[i], NULL);
  }
  for (int i = 0; i < DG_CRASH_SIGNAL_COUNT; i++) {
    sigaction(dg_crash_signals[i], &dg_saved_crash_actions[i], NULL);
  }
}

/* The last SIGINT/SIGTERM/SIGHUP received, cleared by reading; 0 when none. */
int dg_take_pending_signal(void) {
  int number = dg_pending_signal_number;
  dg_pending_signal_number = 0;
  return number;
}

/* True once after SIGCONT (back from Ctrl-Z). */
int dg_take_continued(void) {
  int continued = dg_continued_flag;
  dg_continued_flag = 0;
  return continued;
}

/* Whether a crash handler should call endwin (curses is running). */
void dg_set_curses_active(int active) { dg_curses_active_flag = active; }
