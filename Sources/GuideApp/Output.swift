import Glibc
import GuideCore
import GuidePackLoader
import GuideUI

/// Every line the commands print passes here, so nothing from outside data reaches the
/// terminal raw: control characters and bidi controls are removed (escape shows as `␛`), and
/// in a locale that is not UTF-8 the text is ASCII, with no 8-bit byte a terminal could read
/// as a C1 control.
///
/// It shadows `Swift.print` on purpose: a command that prints cannot bypass it by accident.
/// A failed write (a full disk) is told on stderr and ends the program with exit code 74,
/// instead of output going missing without a word. A reader that has gone away (`| head`)
/// ends it quietly, the way `grep` and `cat` end: by SIGPIPE.
public func print(_ text: String, terminator: String = "\n") {
  writeOut(terminalSafe(text + terminator))
}

/// A closed pipe then fails the write with EPIPE, so the full-screen guide and stderr never
/// die of it; standard output's reader going away is handled in `writeOut`. Set once, before
/// the first write.
private let ignoreBrokenPipes: Void = { signal(SIGPIPE, SIG_IGN) }()

/// A line on stderr, made safe the same way. A failure there has nowhere to be told.
public func printError(_ message: String) {
  writeAll(STDERR_FILENO, terminalSafe(message + "\n"), onFailure: { _ in })
}

/// The text as this locale's terminal can show it, with no control characters.
func terminalSafe(_ text: String) -> String {
  Glyphs(unicode: localeIsUTF8).text(Sanitizer.printable(text))
}

/// Text coloured by `TextColor` (`show`, `search` with colour on), made safe as `print` makes
/// it, except for the colour codes themselves.
public func printColored(_ text: String, terminator: String = "\n") {
  writeOut(terminalSafeKeepingColor(text + terminator))
}

/// `terminalSafe`, but `ESC [ digits;… m` (a colour code) is kept; any other escape shows as
/// `␛` as everywhere else.
func terminalSafeKeepingColor(_ text: String) -> String {
  var safe = ""
  var rest = Substring(text)
  while let escape = rest.firstIndex(of: "\u{1B}") {
    safe += terminalSafe(String(rest[..<escape]))
    let after = rest[rest.index(after: escape)...]
    let parameters = after.dropFirst().prefix { $0.isASCII && ($0.isNumber || $0 == ";") }
    let final = parameters.endIndex < after.endIndex ? after[parameters.endIndex] : nil
    if after.first == "[", final == "m" {
      safe += "\u{1B}[" + parameters + "m"
      rest = after[after.index(after: parameters.endIndex)...]
    } else {
      safe += terminalSafe("\u{1B}")
      rest = after
    }
  }
  return safe + terminalSafe(String(rest))
}

/// Writes text already made safe to standard output; a failed write exits 74.
private func writeOut(_ text: String) {
  ignoreBrokenPipes
  writeAll(
    STDOUT_FILENO, text,
    onFailure: { code in
      if code == EPIPE { endByBrokenPipe() }
      printError("devrel-guide: could not write the output: \(String(cString: strerror(code)))")
      exit(ExitStatus.outputFailed.code)
    })
}

/// Ends the program as SIGPIPE ends `cat` when its reader has gone: no message, status
/// 128 + 13 in the shell. Nothing more can be written to that reader anyway.
private func endByBrokenPipe() -> Never {
  signal(SIGPIPE, SIG_DFL)
  var pipeOnly = sigset_t()
  sigemptyset(&pipeOnly)
  sigaddset(&pipeOnly, SIGPIPE)
  sigprocmask(SIG_UNBLOCK, &pipeOnly, nil)
  raise(SIGPIPE)
  // Only reached if the signal could not end the program.
  exit(ExitStatus.outputFailed.code)
}

private func writeAll(_ descriptor: Int32, _ text: String, onFailure: (Int32) -> Void) {
  var text = text
  text.withUTF8 { bytes in
    var offset = 0
    while offset < bytes.count {
      let written = write(descriptor, bytes.baseAddress?.advanced(by: offset), bytes.count - offset)
      if written < 0 {
        if errno == EINTR { continue }
        return onFailure(errno)
      }
      offset += written
    }
  }
}

/// JSON whose non-ASCII characters are written as `\uXXXX` escapes when the locale is not
/// UTF-8: the same data, in bytes any terminal takes. (Outside strings JSON is ASCII already.)
public func jsonForTerminal(_ json: String) -> String {
  guard !localeIsUTF8 else { return json }
  var out = ""
  for scalar in json.unicodeScalars {
    if scalar.isASCII {
      out.unicodeScalars.append(scalar)
    } else {
      for unit in String(scalar).utf16 {
        let hex = String(unit, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      }
    }
  }
  return out
}
