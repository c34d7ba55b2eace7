import CNcursesw
import GuideCore

/// Turns what curses returned into a `Key`, or nil for input the app ignores.
///
/// Pure functions of the code alone, so junk input can only ever be ignored.
public enum KeyDecoder {
  /// A character (a Unicode scalar value, already decoded from UTF-8).
  public static func key(forCharacter code: UInt32) -> Key? {
    switch code {
    case 9: return .tab
    case 10, 13: return .enter
    case 8, 127: return .backspace
    case 27: return .escape
    case 1...26:
      guard let scalar = Unicode.Scalar(code + 96) else { return nil }
      return .control(Character(scalar))
    case 0..<32, 0x80..<0xA0: return nil
    default:
      guard let scalar = Unicode.Scalar(code) else { return nil }
      switch scalar.properties.generalCategory {
      case .control, .format, .surrogate, .unassigned, .privateUse, .lineSeparator,
        .paragraphSeparator:
        return nil
      default:
        break
      }
      return .character(Character(scalar))
    }
  }

  /// A function key code (`wgetch` returned `KEY_MIN` or above). `KEY_RESIZE` is not a key.
  public static func key(forFunctionKey code: Int32) -> Key? {
    switch code {
    case KEY_UP: return .up
    case KEY_DOWN: return .down
    case KEY_LEFT: return .left
    case KEY_RIGHT: return .right
    case KEY_PPAGE, KEY_A3: return .pageUp
    case KEY_NPAGE, KEY_C3: return .pageDown
    case KEY_HOME, KEY_FIND, KEY_A1: return .home
    case KEY_END, KEY_SELECT, KEY_C1: return .end
    case KEY_ENTER: return .enter
    case KEY_BACKSPACE: return .backspace
    case KEY_BTAB: return .backTab
    default: return nil
    }
  }
}
