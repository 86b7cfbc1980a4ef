"""The BILOU label set in EntityKit's order (BilouLabelSet: O = 0, then B, I, L, U of each type in the canonical
order of EntityType.OntoNotes), its valid transitions, constrained Viterbi decoding and span extraction."""
import numpy as np

ONTONOTES = ["PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE",
             "DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"]
PARTS = "BILU"


class LabelSet:
    def __init__(self, types=ONTONOTES):
        self.types = list(types)
        self.names = ["O"] + [f"{p}-{t}" for t in self.types for p in PARTS]
        self.index = {n: i for i, n in enumerate(self.names)}
        n = len(self.names)
        self.allowed = np.zeros((n, n), dtype=bool)
        for a in range(n):
            for b in range(n):
                self.allowed[a, b] = self._allowed(a, b)
        self.can_start = np.array([self.part(l) in "OBU" for l in range(n)])
        self.can_end = np.array([self.part(l) in "OLU" for l in range(n)])

    def __len__(self):
        return len(self.names)

    @staticmethod
    def part(label):
        return "O" if label == 0 else PARTS[(label - 1) & 3]

    @staticmethod
    def type_index(label):
        return -1 if label == 0 else (label - 1) >> 2

    def _allowed(self, a, b):
        inside_from = self.part(a) in "BI"
        continuing = self.part(b) in "IL"
        return (continuing and self.type_index(a) == self.type_index(b)) if inside_from else not continuing

    def encode(self, names):
        try:
            return [self.index[n] for n in names]
        except KeyError as e:
            raise ValueError(f"unknown label {e.args[0]!r}; this label set has {len(self.names)} labels") from None

    def viterbi(self, scores):
        """The best valid label sequence for a (tokens × labels) array of log-scores."""
        n, l = scores.shape
        if n == 0:
            return []
        penalty = np.where(self.allowed, 0.0, -np.inf)
        delta = np.where(self.can_start, scores[0], -np.inf)
        back = np.zeros((n, l), dtype=np.int64)
        for t in range(1, n):
            cand = delta[:, None] + penalty
            back[t] = cand.argmax(axis=0)
            delta = cand.max(axis=0) + scores[t]
        delta = np.where(self.can_end, delta, -np.inf)
        path = [int(delta.argmax())]
        for t in range(n - 1, 0, -1):
            path.append(int(back[t, path[-1]]))
        return path[::-1]

    def spans(self, labels):
        """(first, end, type name) of each entity in a valid (or repaired: a stray I/L starts one) label sequence."""
        out, start = [], None
        for i, label in enumerate(labels):
            part, t = self.part(label), self.type_index(label)
            if part == "U":
                out.append((i, i + 1, self.types[t]))
                start = None
            elif part == "B":
                start = (i, t)
            elif part in "IL":
                if start is None or start[1] != t:
                    start = (i, t)
                if part == "L":
                    out.append((start[0], i + 1, self.types[t]))
                    start = None
            else:
                start = None
        return out
