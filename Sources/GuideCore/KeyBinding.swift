/// One row of a screen's key table: the keys, what they do in help, the footer's short form and
/// the word the line mode takes for them.
///
/// Every place that speaks of keys reads these tables (`Bindings`): the guide passes a key to a
/// screen only when its table lists it, help writes its rows from them, the footer takes its
/// hints from them and the line mode its words. The key column of help is made from the keys
/// themselves, so it cannot name a key the table does not hold.
public struct KeyBinding: Sendable, Equatable {
  /// The keys shown in help's key column.
  public let keys: [Key]
  /// Keys that do the same, named after the help text ("(also PgDn PgUp)"), so the key column
  /// stays narrow.
  public let also: [Key]
  /// Which other keys the binding takes: none, the digits 1 to 9, or every printable key.
  public let extra: Extra
  /// What the keys do, for help.
  public let action: String
  /// The footer's short form, when the footer offers this binding.
  public let hint: Hint?
  /// The word the line mode takes for it ("b" or "back"), when it has one.
  public let line: LineWord?

  public enum Extra: Sendable, Equatable {
    case none
    /// The numbered items: 1 to 9.
    case digits
    /// Every printable character: what a line of text takes.
    case printable
    /// No key at all: a row of help for something else the screen takes (a paste).
    case event(String)
    /// More keys that do the same, which the help text names in words ("with a page's keys")
    /// rather than one by one.
    case unnamed([Key])
    /// Every key the other bindings leave: what a question that any key answers takes.
    case anyKey
  }

  /// A typed word of the line mode and what it does, for its prompt ("b back").
  public struct LineWord: Sendable, Equatable {
    public let short: String
    public let long: String

    public init(_ short: String, _ long: String) {
      self.short = short
      self.long = long
    }

    /// How the prompt names it: `b back`.
    public var prompt: String { "\(short) \(long)" }
  }

  /// The footer's short form of a binding: `Esc back`.
  public struct Hint: Sendable, Equatable {
    public enum Keys: Sendable, Equatable {
      /// The binding's first keys, joined by `/`: `d/l/s`.
      case first(Int)
      /// The up and down arrows, drawn as the terminal can (`↑↓` or `Up/Dn`).
      case upDown
      /// The numbers of the items on screen: `1-5`.
      case numbers
      /// Written out, for a short form of a long name: `Bksp`.
      case text(String)
    }

    public let keys: Keys
    public let action: String

    public init(_ keys: Keys, _ action: String) {
      self.keys = keys
      self.action = action
    }
  }

  public init(
    _ keys: [Key], also: [Key] = [], extra: Extra = .none, _ action: String, hint: Hint? = nil,
    line: LineWord? = nil
  ) {
    self.keys = keys
    self.also = also
    self.extra = extra
    self.action = action
    self.hint = hint
    self.line = line
  }

  /// Whether the binding takes `key`.
  public func takes(_ key: Key) -> Bool {
    if keys.contains(key) || also.contains(key) { return true }
    switch extra {
    case .none, .event: return false
    case .unnamed(let keys): return keys.contains(key)
    case .anyKey: return true
    case .digits:
      guard case .character(let character) = key, let digit = character.wholeNumberValue else {
        return false
      }
      return (1...9).contains(digit)
    case .printable:
      guard case .character(let character) = key else { return false }
      return !character.isNewline && character.asciiValue.map { $0 >= 0x20 && $0 != 0x7F } ?? true
    }
  }

  /// Help's key column: the keys by name, `1-9` for the digits.
  public var label: String {
    var names = keys.map(\.name)
    switch extra {
    case .none, .unnamed, .anyKey: break
    case .digits: names.append("1-9")
    case .printable: names.append("other keys")
    case .event(let name): names.append(name)
    }
    return names.joined(separator: " ")
  }

  /// Help's text: the action, with the other keys that do it.
  public var helpText: String {
    also.isEmpty ? action : "\(action) (also \(also.map(\.name).joined(separator: " ")))"
  }
}

extension Key {
  /// The key as help and the README write it: `Up`, `PgDn`, `Ctrl-L`, `Space`, `j`.
  public var name: String {
    switch self {
    case .up: return "Up"
    case .down: return "Down"
    case .left: return "Left"
    case .right: return "Right"
    case .pageUp: return "PgUp"
    case .pageDown: return "PgDn"
    case .home: return "Home"
    case .end: return "End"
    case .enter: return "Enter"
    case .escape: return "Esc"
    case .backspace: return "Backspace"
    case .tab: return "Tab"
    case .backTab: return "Shift-Tab"
    case .delete: return "Delete"
    case .character(" "): return "Space"
    case .character(let character): return String(character)
    case .control(let character): return "Ctrl-\(character.uppercased())"
    }
  }
}
