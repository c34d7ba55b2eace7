import CNcursesw

/// The signal handlers of the shim (`signals.c`), named for what the terminal asks of them.
enum Signals {
  /// Records SIGINT/SIGTERM/SIGHUP/SIGCONT and restores the terminal on a crash.
  static func install() { dg_install_signal_handlers() }

  /// Puts back the handlers that were there before `install()`.
  static func restore() { dg_restore_signal_handlers() }

  /// The last SIGINT, SIGTERM or SIGHUP, once; nil when none arrived.
  static func takePending() -> Int32? {
    let number = dg_take_pending_signal()
    return number == 0 ? nil : number
  }

  /// True once after the process was continued (back from Ctrl-Z).
  static func takeContinued() -> Bool { dg_take_continued() != 0 }

  /// What the guide sends beyond curses on the way in and out (bracketed paste, the cursor's
  /// shape), for the handlers: a crash, a signal and Ctrl-Z write `leave`, and `fg` writes
  /// `enter`, as `start` and `stop` do.
  static func setModeSequences(enter: String, leave: String) {
    dg_set_mode_sequences(enter, leave)
  }

  /// Wraps curses' Ctrl-Z handler in ours (after `newterm`, which installs it).
  static func chainStopHandler() { dg_chain_stop_handler() }

  /// Tells the crash handler whether `endwin()` is needed.
  static func setCursesActive(_ active: Bool) { dg_set_curses_active(active ? 1 : 0) }
}
