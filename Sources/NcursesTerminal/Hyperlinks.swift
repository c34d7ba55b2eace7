import GuideUI

/// OSC 8 hyperlinks written over a frame that curses has already drawn.
///
/// ncurses keeps no hyperlink in its cells, so after `doupdate` the links are written again
/// directly: save the cursor (`ESC 7`), then for each link move, open it, write the same text
/// in the same attributes, close it; finally restore (`ESC 8`). The terminal then shows what
/// curses believes it shows, and the links' cells also carry their addresses.
///
/// The terminal moves a cell's link with the cell when curses scrolls, and keeps it when curses
/// leaves the cell alone, so a cell can still carry a link the new frame no longer has. Curses
/// leaves a cell alone only when it looks the same as before, so the terminal draws linked
/// cells under twin colour pairs and curses rewrites them once their link has gone. Where no
/// twin can be made (no colours), the cells outside the new links that look like the old
/// links' cells are written again outside any link.
///
/// Every link carries an `id=` made from its address (see `id`). Only `https:` and `http:`
/// addresses go out, printable ASCII only, `;` percent-encoded and
/// at most `maxURLBytes` long: nothing from a pack can end the sequence early or start another.
enum Hyperlinks {
  static let maxURLBytes = 2048

  /// The address as it may appear inside OSC 8; nil when it must not be sent at all.
  static func safeURL(_ url: String) -> String? {
    let scheme = url.utf8.prefix(8).map { $0 | 0x20 }
    guard scheme.starts(with: "https://".utf8) || scheme.starts(with: "http://".utf8),
      url.utf8.count <= maxURLBytes
    else { return nil }
    var out: [UInt8] = []
    out.reserveCapacity(url.utf8.count)
    for byte in url.utf8 {
      guard byte > 0x20, byte < 0x7F else { return nil }
      if byte == UInt8(ascii: ";") {
        out += "%3B".utf8
      } else {
        out.append(byte)
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// The `id=` parameter for an address: the same for every piece of it, so a terminal treats
  /// an address wrapped over two rows (or shown twice) as one link, hovering and labelling it
  /// once. Hex of a 64-bit FNV-1a hash of the address: ASCII, no `;` or `:`, and short.
  static func id(_ url: String) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in url.utf8 {
      hash ^= UInt64(byte)
      hash &*= 0x100_0000_01b3
    }
    return "dg" + String(hash, radix: 16)
  }

  /// The roles of the cells inside the frame's links: what a cell still carrying one of them
  /// after the next update must look like.
  static func linkedRoles(_ frame: Frame) -> Set<Role> {
    var roles = Set<Role>()
    for link in frame.hyperlinks where frame.cells.indices.contains(link.row) {
      let cells = frame.cells[link.row]
      for column in link.columns.clamped(to: cells.indices) { roles.insert(cells[column].role) }
    }
    return roles
  }

  /// The bytes that make the frame's links hyperlinks and unlink any cell that may still carry
  /// an old one ("" when there is nothing to write).
  ///
  /// - Parameter rows: the rows on screen; `width`: the columns on screen (a link is cut
  ///   there, never wrapped).
  /// - Parameter unlinking: the roles whose cells may still carry a link of the last frame
  ///   (those that look like its linked cells, see `linkedRoles`).
  /// - Parameter sgr: the select-graphic-rendition sequence for a role, as curses draws it.
  /// - Parameter text: the printable text curses wrote for a cell (row, column).
  static func overlay(
    _ frame: Frame, rows: Int, width: Int, unlinking roles: Set<Role>, sgr: (Role) -> String,
    text: (_ row: Int, _ column: Int) -> String
  ) -> String {
    let rows = min(rows, frame.cells.count)
    // A link whose address must not go out is still written, outside any link, so no cell of
    // it keeps an old one.
    let links = frame.hyperlinks.filter { $0.row >= 0 && $0.row < rows }.map { link in
      (
        row: link.row,
        columns: link.columns.clamped(to: 0..<min(width, frame.cells[link.row].count)),
        url: safeURL(link.url)
      )
    }
    var out = ""
    func write(row: Int, columns: Range<Int>, url: String?) {
      // Never start on the second half of a wide character: curses drew it with the first.
      guard let start = columns.first(where: { !text(row, $0).isEmpty }) else { return }
      out += "\u{1B}[\(row + 1);\(start + 1)H"
      if let url { out += "\u{1B}]8;id=\(id(url));\(url)\u{1B}\\" }
      var role: Role?
      for column in start..<columns.upperBound {
        let cell = frame.cells[row][column]
        if cell.role != role {
          role = cell.role
          out += sgr(cell.role)
        }
        out += text(row, column)
      }
      if url != nil { out += "\u{1B}]8;;\u{1B}\\" }
    }
    if !roles.isEmpty {
      for row in 0..<rows {
        let cells = frame.cells[row]
        var column = 0
        while column < min(width, cells.count) {
          let start = column
          while column < min(width, cells.count), roles.contains(cells[column].role),
            !links.contains(where: { $0.row == row && $0.columns.contains(column) })
          {
            column += 1
          }
          if column > start {
            write(row: row, columns: start..<column, url: nil)
          } else {
            column += 1
          }
        }
      }
    }
    for link in links { write(row: link.row, columns: link.columns, url: link.url) }
    return out.isEmpty ? "" : "\u{1B}7" + out + "\u{1B}[0m\u{1B}8"
  }

  /// The SGR sequence for a style: attributes always, the foreground (and a black background
  /// where the terminal's default could not be kept) only when the role has a colour pair.
  ///
  /// Built by appending rather than with `joined(separator:)`, which runs unspecialised from
  /// the standard library: this runs for every role at start-up.
  static func sgr(_ style: RoleStyle, colored: Bool, blackBackground: Bool) -> String {
    var sequence = "\u{1B}[0"
    if style.attributes.contains(.bold) { sequence += ";1" }
    if style.attributes.contains(.dim) { sequence += ";2" }
    if style.attributes.contains(.underline) { sequence += ";4" }
    if style.attributes.contains(.reverse) { sequence += ";7" }
    if colored, let foreground = style.foreground, (0..<256).contains(foreground) {
      sequence += foreground < 8 ? ";3\(foreground)" : ";38;5;\(foreground)"
      if blackBackground { sequence += ";40" }
    }
    return sequence + "m"
  }

  /// Whether a terminal type is one to write hyperlinks to: not the Linux console (which
  /// shows unknown OSC sequences' text) and not `dumb`.
  static func suit(term: String) -> Bool {
    !(term == "dumb" || term == "linux" || term.hasPrefix("linux-"))
  }
}
