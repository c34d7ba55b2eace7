import GuideStore

/// What reading a posting costs in memory, to refuse one the memory limit cannot hold before
/// reading it, instead of stopping with "failed to allocate".
enum PostingMemory {
  /// Measured with `ulimit -v` on a debug build: a 1 MB posting needed 27 MB beyond the
  /// program's own 31 MB, a 4 MB one 111 MB (its lines, words and their index), so 28 bytes
  /// a byte and 8 MB more leave room.
  static func needed(forBytes bytes: Int) -> Int { bytes * 28 + 8_000_000 }

  /// Nil when a posting of `bytes` can be read; else why not.
  static func shortfall(forBytes bytes: Int) -> String? {
    let tenths = (bytes + 50_000) / 100_000
    return MemoryRoom.shortfall(needing: needed(forBytes: bytes)).map {
      "reading a posting of \(tenths / 10).\(tenths % 10) MB \($0)"
    }
  }
}
