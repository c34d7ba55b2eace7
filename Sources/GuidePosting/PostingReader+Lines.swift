extension PostingReader {
  /// One pass over a posting's lines, a line at a time: the paragraph being read (a phrase
  /// may run on across its lines), the section it stands in, and what has been counted.
  struct Pass {
    var tally: Tally
    var paragraph: [Token] = []
    var position: Int32 = 0
    var cache = WordCache()
    var headingCache = WordCache()
    var line = WordScanner.Line()
    var section = Section.work
    var sectionHasList = false
    var previousWasBlank = true
    var words = 0
    var figures = Figures()
    /// Whether a phrase may run on into the next line: the line was no heading, and its last
    /// word is known with nothing but space after it.
    var previousContinues = false

    /// Reads line `number`: its words go into the paragraph, a blank line or a heading ends
    /// the paragraph (counted in the tally) and a heading opens a section.
    mutating func read(
      _ bytes: UnsafeBufferPointer<UInt8>, number: Int, with reader: PostingReader
    ) {
      WordScanner.scan(bytes, into: &line)
      words += line.words.count
      let start = paragraph.count
      let positionBefore = position
      let (firstKnown, lastKnown) = reader.appendTokens(
        of: line, bytes, number: number, to: &paragraph, position: &position, cache: &cache)
      let shapedHeading = line.isMarkedHeading || (line.looksLikeHeading && previousWasBlank)
      // Only a line that could be a heading is looked at for heading words.
      let marks =
        shapedHeading
          || (line.looksLikeHeading && line.words.count <= PostingReader.longestKnownHeading)
        ? reader.headingMarks(line, bytes, cache: &headingCache) : HeadingMarks()
      // A short line that opens with a heading word ("Benefits", "Nice to have") is a
      // heading wherever it stands.
      let isHeading =
        shapedHeading || (marks.opens && line.words.count <= PostingReader.longestKnownHeading)
      if line.isBlank || isHeading {
        // The paragraph before ends; the line's own words open the next.
        let own = paragraph[start...].map { token in
          var token = token
          token.position -= positionBefore
          return token
        }
        paragraph.removeLast(paragraph.count - start)
        tally.count(paragraph)
        paragraph = own
        position -= positionBefore
      }
      let lineStart = line.isBlank || isHeading ? 0 : start
      let markedNice = reader.niceToHave.occurs(in: paragraph[lineStart...])
      if isHeading {
        section = marks.setApart ? .setApart : markedNice ? .niceToHave : .work
        sectionHasList = false
      } else if section == .niceToHave, sectionHasList, previousWasBlank, !line.isBlank,
        !line.isListItem
      {
        // A paragraph of prose after a "nice to have" list is past the list.
        section = .work
      }
      sectionHasList = sectionHasList || line.isListItem
      let factor =
        section == .setApart ? 0 : section == .niceToHave || markedNice ? 1 : 2
      for index in lineStart..<paragraph.count { paragraph[index].factor = factor }
      // A phrase may run on from the line before, as in a hard-wrapped paragraph.
      if firstKnown, lineStart > 0, line.opensJoinable, previousContinues {
        paragraph[lineStart].joinsPrevious = true
      }
      reader.readFigures(
        line, bytes, tokens: paragraph[lineStart...], number: number + 1, section: section,
        into: &figures)
      if line.isBlank { paragraph.removeAll(keepingCapacity: true) }
      previousWasBlank = line.isBlank
      previousContinues = !isHeading && lastKnown && line.closesJoinable
    }
  }

  struct HeadingMarks {
    /// The line opens with a heading word.
    var opens = false
    /// It holds a word of a section set apart.
    var setApart = false
  }

  /// A word's id in `vocabulary`, from `cache` when the same bytes were met before: making a
  /// word's key (a string, stemmed) costs far more than the cache's look-up. The cache must
  /// serve one vocabulary only.
  @inline(__always)
  func wordID(
    _ word: WordScanner.Word, _ bytes: UnsafeBufferPointer<UInt8>, in vocabulary: Vocabulary,
    cache: inout WordCache
  ) -> Int32 {
    let written = UnsafeBufferPointer(rebasing: bytes[word.range])
    let (cached, place) = cache.find(written)
    if let cached { return cached }
    let id = vocabulary.id(
      of: WordScanner.key(String(decoding: written, as: UTF8.self), isNumber: word.isNumber))
    if let place { cache.add(written, id: id, at: place) }
    return id
  }

  /// The heading words of a short line, looked up in their own vocabulary.
  func headingMarks(
    _ line: WordScanner.Line, _ bytes: UnsafeBufferPointer<UInt8>, cache: inout WordCache
  ) -> HeadingMarks {
    var tokens: [Token] = []
    var joins = true
    for (index, word) in line.words.enumerated() {
      let id = wordID(word, bytes, in: headingVocabulary, cache: &cache)
      guard id != Vocabulary.unknown else {
        joins = false
        continue
      }
      tokens.append(
        Token(
          id: id, joinsPrevious: joins && word.joinsPrevious, line: 0, range: word.range,
          joint: word.joint, factor: 2, position: Int32(index)))
      joins = true
    }
    var marks = HeadingMarks()
    marks.opens =
      tokens.first?.position == 0 && headingWords.longestMatch(in: tokens[...], from: 0) != nil
    var start = 0
    while start < tokens.count {
      guard let (phrase, end) = headingWords.longestMatch(in: tokens[...], from: start) else {
        start += 1
        continue
      }
      marks.setApart =
        marks.setApart || headingWords.phrases[phrase].targets.contains { $0.entry == 2 }
      start = end
    }
    return marks
  }

  /// Years asked (outside sections set apart), travel shares and pay on one line.
  func readFigures(
    _ line: WordScanner.Line, _ bytes: UnsafeBufferPointer<UInt8>, tokens: ArraySlice<Token>,
    number: Int, section: Section, into figures: inout Figures
  ) {
    guard !line.isBlank else { return }
    if section != .setApart, figures.years.count < Figures.maxEach {
      for text in PostingFigures.years(line.words, bytes)
      where figures.years.count < Figures.maxEach {
        figures.years.append(Figure(text, line: number))
      }
    }
    if figures.travel.count < Figures.maxEach, travel != Vocabulary.unknown,
      tokens.contains(where: { $0.id == travel })
    {
      for text in PostingFigures.travel(line.words, bytes)
      where figures.travel.count < Figures.maxEach {
        figures.travel.append(Figure(text, line: number))
      }
    }
    // Pay needs digits: most lines have none, and are not looked at again.
    if lexicon.pay != nil, figures.pay.count < Figures.maxEach,
      line.words.contains(where: { PostingFigures.isDigit(bytes[$0.range.lowerBound]) }),
      PostingFigures.mayHoldPay(bytes)
    {
      let namesPay = payWords.occurs(in: tokens)
      for text in PostingFigures.pay(bytes, namesPay: namesPay)
      where figures.pay.count < Figures.maxEach {
        figures.pay.append(Figure(text, line: number))
      }
    }
  }

  /// Appends the line's words the lexicon knows to `tokens`; a word it does not know breaks
  /// any phrase. Says whether the line's first and last words were known.
  func appendTokens(
    of line: WordScanner.Line, _ bytes: UnsafeBufferPointer<UInt8>, number: Int,
    to tokens: inout [Token], position: inout Int32, cache: inout WordCache
  ) -> (first: Bool, last: Bool) {
    let start = tokens.count
    var joins = true
    for word in line.words {
      let id = wordID(word, bytes, in: vocabulary, cache: &cache)
      position += 1
      guard id != Vocabulary.unknown else {
        joins = false
        continue
      }
      tokens.append(
        Token(
          id: id, joinsPrevious: joins && word.joinsPrevious, line: number, range: word.range,
          joint: word.joint, factor: 2, position: position))
      joins = true
    }
    let added = tokens[start...]
    return (
      added.first.map { $0.range == line.words.first?.range } ?? false,
      added.last.map { $0.range == line.words.last?.range } ?? false
    )
  }
}
