"""BERT uncased word pieces of EntityKit tokens, and the case class each token adds to its pieces."""
import unicodedata

CLS, SEP, PAD, UNK = "[CLS]", "[SEP]", "[PAD]", "[UNK]"


def case_class(token: str) -> int:
    """0 no letters, 1 lower, 2 Title (first letter upper, the rest lower), 3 ALLCAPS (two or more letters), 4 mixed."""
    letters = [c for c in token if c.isalpha()]
    if not letters:
        return 0
    if all(c.islower() for c in letters):
        return 1
    if letters[0].isupper() and all(c.islower() for c in letters[1:]):
        return 2
    if all(c.isupper() for c in letters):
        return 3
    return 4


def _is_punctuation(c: str) -> bool:
    cp = ord(c)
    if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
        return True
    return unicodedata.category(c).startswith("P")


def _normalize(token: str) -> str:
    """Lower-case and strip accents, dropping control characters, as BERT's uncased basic tokenizer does."""
    text = unicodedata.normalize("NFD", token.lower())
    return "".join(c for c in text if unicodedata.category(c) != "Mn" and unicodedata.category(c)[0] != "C" and ord(c) != 0xFFFD)


class WordPieces:
    def __init__(self, vocab_path: str):
        with open(vocab_path, encoding="utf-8") as f:
            self.vocab = {line.rstrip("\n"): i for i, line in enumerate(f)}
        for special in (CLS, SEP, PAD, UNK):
            if special not in self.vocab:
                raise ValueError(f"{vocab_path}: the vocabulary has no {special}")
        self.cls, self.sep, self.pad, self.unk = (self.vocab[s] for s in (CLS, SEP, PAD, UNK))
        self._cache = {}

    def token_ids(self, token: str):
        """The word-piece ids of one EntityKit token (never empty: an unrepresentable token is [UNK])."""
        ids = self._cache.get(token)
        if ids is None:
            ids = []
            for word in self._split_punctuation(_normalize(token)):
                ids.extend(self._word(word))
            ids = ids or [self.unk]
            if len(self._cache) < 1_000_000:
                self._cache[token] = ids
        return ids

    @staticmethod
    def _split_punctuation(text: str):
        words, current = [], []
        for c in text:
            if c.isspace():
                if current:
                    words.append("".join(current))
                    current = []
            elif _is_punctuation(c):
                if current:
                    words.append("".join(current))
                    current = []
                words.append(c)
            else:
                current.append(c)
        if current:
            words.append("".join(current))
        return words

    def _word(self, word: str):
        if len(word) > 100:
            return [self.unk]
        pieces, start = [], 0
        while start < len(word):
            end = len(word)
            found = None
            while start < end:
                piece = word[start:end] if start == 0 else "##" + word[start:end]
                if piece in self.vocab:
                    found = self.vocab[piece]
                    break
                end -= 1
            if found is None:
                return [self.unk]
            pieces.append(found)
            start = end
        return pieces
