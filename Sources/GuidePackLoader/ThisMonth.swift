import Glibc
import GuideContent

extension YearMonth {
  /// The month it is now in UTC, from the system clock: what the commands judge `checked:`
  /// months by. The loader itself takes the month as an argument, so tests can fix it.
  public static func now() -> YearMonth {
    var seconds = time(nil)
    var parts = tm()
    gmtime_r(&seconds, &parts)
    return YearMonth(clampedYear: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1)
  }
}
