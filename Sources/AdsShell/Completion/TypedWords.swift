/// The words of a command line up to the cursor, split the way the shell's tokenizer splits
/// them: spaces separate words, single and double quotes group text, and a backslash escapes
/// the next character (outside single quotes).
struct TypedWords {
    /// One word with its quotes and escapes removed.
    struct Word {
        /// The word's text without quotes and escapes.
        var text: String
        /// Offset of the word's first character in the line, in characters.
        var start: Int
        /// Whether any part of the word was quoted or escaped.
        var isQuoted: Bool
    }

    /// Words before the one under the cursor.
    var previous: [Word] = []
    /// The word that ends at the cursor; its text is empty after a space.
    var current: Word
    /// The quote still open at the cursor, if any.
    var openQuote: Character?

    init(_ characters: ArraySlice<Character>) {
        var words: [Word] = []
        var word: Word?
        var quote: Character?
        var escaped = false
        var offset = characters.startIndex
        for character in characters {
            defer { offset += 1 }
            if escaped {
                word!.text.append(character)
                escaped = false
                continue
            }
            if let open = quote {
                if character == open {
                    quote = nil
                } else if character == "\\" && open == "\"" {
                    escaped = true
                } else {
                    word!.text.append(character)
                }
                continue
            }
            if character == " " || character == "\t" {
                if let finished = word { words.append(finished) }
                word = nil
                continue
            }
            if word == nil { word = Word(text: "", start: offset, isQuoted: false) }
            if character == "\"" || character == "'" {
                quote = character
                word!.isQuoted = true
            } else if character == "\\" {
                escaped = true
                word!.isQuoted = true
            } else {
                word!.text.append(character)
            }
        }
        previous = words
        current = word ?? Word(text: "", start: characters.endIndex, isQuoted: false)
        openQuote = quote
    }

    /// Returns the unquoted text of word `index`, counting the current word as the last one.
    func text(at index: Int) -> String? {
        if index == previous.count { return current.text }
        return previous.indices.contains(index) ? previous[index].text : nil
    }

    /// Index of the word under the cursor.
    var currentIndex: Int { previous.count }
}
