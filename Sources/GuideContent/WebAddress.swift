/// The rules for an outside address in pack text: what the loader turns into a link, what
/// `validate` accepts, and the one place they are written down.
///
/// Only `https:` and `http:` are links: anything else (`javascript:`, `file:`, `data:`,
/// `mailto:`…) could run code, read local files or open another program when a terminal
/// follows it. An address is printable ASCII without spaces (percent-encode the rest), and
/// bounded in length, so it can go to a terminal inside an escape sequence unchanged.
public enum WebAddress {
  /// The longest address accepted; longer ones are refused, never cut.
  public static let maxLength = 2000

  /// The schemes a link may use, lowercase.
  public static let allowedSchemes: Set<String> = ["https", "http"]

  /// The scheme of a link target (`https` in `https://…`), lowercased; nil when the target
  /// has none and so names a topic. Topic ids have no `:`, so there is no confusion.
  public static func scheme(of target: Substring) -> String? {
    guard let colon = target.firstIndex(of: ":"), colon > target.startIndex else { return nil }
    let name = target[..<colon]
    guard let first = name.unicodeScalars.first, first.isASCIILetter,
      name.unicodeScalars.allSatisfy({
        $0.isASCIILetter || $0.isASCIIDigit || "+-.".unicodeScalars.contains($0)
      })
    else { return nil }
    return name.lowercased()
  }

  /// What is wrong with an address, as a sentence for `validate`; nil when it can be a link.
  public static func problem(with address: Substring) -> String? {
    let scheme = scheme(of: address) ?? ""
    guard allowedSchemes.contains(scheme) else {
      return
        "`\(scheme):` addresses are not allowed: a link to outside the guide must use https: or http:"
    }
    if address.utf8.count > maxLength {
      return "the address is longer than \(maxLength) characters"
    }
    if address.unicodeScalars.contains(where: { $0.value <= 0x20 || $0.value == 0x7F }) {
      return "the address holds a space or a control character (write a space as %20)"
    }
    if address.unicodeScalars.contains(where: { !isAddressCharacter($0) }) {
      return "the address holds a character that is not allowed in one (percent-encode it)"
    }
    guard address.dropFirst(scheme.count + 1).hasPrefix("//"),
      address.count > scheme.count + 3
    else { return "the address has no host: write it as \(scheme)://host/path" }
    return nil
  }

  /// Whether a character may appear in an address as written in a pack: the letters, digits
  /// and punctuation RFC 3986 allows, and `%` for encoded bytes.
  public static func isAddressCharacter(_ scalar: Unicode.Scalar) -> Bool {
    scalar.isASCIILetter || scalar.isASCIIDigit
      || "-._~:/?#[]@!$&'()*+,;=%".unicodeScalars.contains(scalar)
  }
}

extension Unicode.Scalar {
  fileprivate var isASCIILetter: Bool {
    ("a"..."z").contains(self) || ("A"..."Z").contains(self)
  }

  fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
