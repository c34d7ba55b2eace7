import GuideCore

extension KeyBinding {
  /// Every key the binding names, and one of each kind it takes without naming (a digit, a
  /// printable character, any key): the keys a test presses to see that the binding acts.
  public var keysToTry: [Key] {
    var keys = self.keys + also
    switch extra {
    case .none, .event: break
    case .digits: keys.append(.character("1"))
    case .printable: keys.append(.character("a"))
    case .unnamed(let more): keys += more
    case .anyKey: keys.append(.control("x"))
    }
    return keys
  }
}
