import GuideCore
import GuideTestSupport
import Testing

@testable import GuideUI

/// A page's outside addresses travel in the frame beside the cells that show them.
struct HyperlinkFrameTests {
  struct Shown: Equatable {
    var row: Int
    var text: String
    var url: String
  }

  static func shown(_ frame: Frame) -> [Shown] {
    frame.hyperlinks.map { link in
      Shown(
        row: link.row, text: frame.cells[link.row][link.columns].map(\.text).joined(),
        url: link.url)
    }
  }

  /// A bare address and a labelled one; the labelled one wraps, so each of its rows carries
  /// its own piece of the link.
  @Test func theFrameCarriesEachVisibleAddressOverItsText() throws {
    let frame = try UIFixture.frame(
      Size(columns: 60, rows: 12), keys: [.enter], pack: try LinkFixture.pack())
    #expect(
      frame.lines[6...7] == [
        "  Read https://example.org/a;b and the book                 ",
        "  (https://example.org/book).                               ",
      ])
    #expect(
      Self.shown(frame) == [
        Shown(row: 6, text: "https://example.org/a;b", url: "https://example.org/a;b"),
        Shown(row: 6, text: "the book", url: "https://example.org/book"),
        Shown(row: 7, text: "(https://example.org/book)", url: "https://example.org/book"),
      ])
    for link in frame.hyperlinks {
      #expect(frame.cells[link.row][link.columns].allSatisfy { $0.role == .link })
    }
  }

  @Test func theHomeMenuHasNoAddresses() throws {
    let frame = try UIFixture.frame(Size(columns: 60, rows: 12), pack: try LinkFixture.pack())
    #expect(frame.hyperlinks.isEmpty)
  }
}
