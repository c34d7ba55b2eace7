/// The keys of every list in the guide (menus, results, quiz options, prompts, search hits):
/// arrows and `j`/`k` move and wrap, Home/End jump, a digit or Enter chooses, Esc goes back.
struct ListNavigation: Equatable {
  /// What a key did to the list.
  enum Outcome: Equatable {
    /// The selection moved here.
    case selected(Int)
    /// The item at this index was chosen.
    case chose(Int)
    /// A key that leaves the list (Esc, Backspace, Left, `h`).
    case back
    /// A key lists do not use; the screen may.
    case other
  }

  var selection: Int
  let count: Int

  /// The selection `steps` items on (negative: back), wrapping around the ends.
  func moved(by steps: Int) -> Int {
    guard count > 0 else { return 0 }
    return ((selection + steps) % count + count) % count
  }

  /// The selection `steps` items on, stopping at the ends.
  func clamped(by steps: Int) -> Int {
    min(max(0, selection + steps), max(0, count - 1))
  }

  func outcome(of key: Key) -> Outcome {
    guard count > 0 else { return Self.isBack(key) ? .back : .other }
    switch key {
    case .up, .character("k"), .backTab: return .selected(moved(by: -1))
    case .down, .character("j"), .tab: return .selected(moved(by: 1))
    case .home, .character("g"), .pageUp: return .selected(0)
    case .end, .character("G"), .pageDown: return .selected(count - 1)
    case .character(let digit) where digit.wholeNumberValue != nil:
      guard let number = digit.wholeNumberValue, (1...count).contains(number) else {
        return .other
      }
      return .chose(number - 1)
    case .enter, .right, .character("l"): return .chose(min(max(0, selection), count - 1))
    case _ where Self.isBack(key): return .back
    default: return .other
    }
  }

  static func isBack(_ key: Key) -> Bool {
    switch key {
    case .escape, .backspace, .left, .character("h"): return true
    default: return false
    }
  }
}
