import ArgumentParser
import Glibc
import GuidePackLoader
import GuideUI

/// Every line the commands print passes here, so nothing from outside data reaches the
/// terminal raw: control characters and bidi controls are removed (escape shows as `␛`), and
/// in a locale that is not UTF-8 the text is ASCII, with no 8-bit byte a terminal could read
/// as a C1 control.
///
/// It shadows `Swift.print` on purpose: a command that prints cannot bypass it by accident.
/// A failed write (a full disk, a closed pipe) is told on stderr and ends the program with
/// exit code 74, instead of output going missing without a word.
func print(_ text: String, terminator: String = "\n") {
  ignoreBrokenPipes
  writeAll(
    STDOUT_FILENO, terminalSafe(text + terminator),
    onFailure: { code in
      printError("devrel-guide: could not write the output: \(String(cString: strerror(code)))")
      exit(ExitCode.outputFailed.rawValue)
    })
}

/// A closed pipe then fails the write with EPIPE, which is told, instead of ending the program
/// without a word. Set once, before the first write.
private let ignoreBrokenPipes: Void = { signal(SIGPIPE, SIG_IGN) }()

/// A line on stderr, made safe the same way. A failure there has nowhere to be told.
func printError(_ message: String) {
  writeAll(STDERR_FILENO, terminalSafe(message + "\n"), onFailure: { _ in })
}

/// The text as this locale's terminal can show it, with no control characters.
func terminalSafe(_ text: String) -> String {
  Glyphs(unicode: localeIsUTF8).text(Sanitizer.printable(text))
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
func jsonForTerminal(_ json: String) -> String {
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
