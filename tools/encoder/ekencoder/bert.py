"""A plain BERT encoder in PyTorch whose parameter names equal the ONNX initializer names of the MiniLM export, and
the token tagger built on it (encoder + learnt case embedding + linear head)."""
import json
import math
from dataclasses import asdict, dataclass

import torch
from torch import nn


@dataclass
class BertConfig:
    vocab_size: int = 30522
    hidden: int = 384
    layers: int = 6
    heads: int = 12
    intermediate: int = 1536
    max_positions: int = 512
    type_vocab: int = 2
    layer_norm_eps: float = 1e-12

    def to_json(self):
        return json.dumps(asdict(self), sort_keys=True)

    @staticmethod
    def from_dict(values):
        return BertConfig(**values)


class _Embeddings(nn.Module):
    def __init__(self, c: BertConfig):
        super().__init__()
        self.word_embeddings = nn.Embedding(c.vocab_size, c.hidden)
        self.position_embeddings = nn.Embedding(c.max_positions, c.hidden)
        self.token_type_embeddings = nn.Embedding(c.type_vocab, c.hidden)
        self.LayerNorm = nn.LayerNorm(c.hidden, eps=c.layer_norm_eps)


class _SelfAttention(nn.Module):
    def __init__(self, c: BertConfig):
        super().__init__()
        self.query = nn.Linear(c.hidden, c.hidden)
        self.key = nn.Linear(c.hidden, c.hidden)
        self.value = nn.Linear(c.hidden, c.hidden)


class _DenseNorm(nn.Module):
    def __init__(self, inputs, c: BertConfig):
        super().__init__()
        self.dense = nn.Linear(inputs, c.hidden)
        self.LayerNorm = nn.LayerNorm(c.hidden, eps=c.layer_norm_eps)


class _Attention(nn.Module):
    def __init__(self, c: BertConfig):
        super().__init__()
        self.self = _SelfAttention(c)
        self.output = _DenseNorm(c.hidden, c)


class _Intermediate(nn.Module):
    def __init__(self, c: BertConfig):
        super().__init__()
        self.dense = nn.Linear(c.hidden, c.intermediate)


class _Layer(nn.Module):
    def __init__(self, c: BertConfig):
        super().__init__()
        self.heads = c.heads
        self.head_size = c.hidden // c.heads
        self.attention = _Attention(c)
        self.intermediate = _Intermediate(c)
        self.output = _DenseNorm(c.intermediate, c)

    def forward(self, x, additive_mask, dropout: float):
        b, s, h = x.shape
        a = self.attention.self
        size = self.head_size

        def split(t):
            return t.view(b, s, self.heads, size).transpose(1, 2)

        q, k, v = split(a.query(x)), split(a.key(x)), split(a.value(x))
        scores = torch.matmul(q, k.transpose(-1, -2)) / math.sqrt(size) + additive_mask
        probs = nn.functional.dropout(torch.softmax(scores, dim=-1), dropout, self.training)
        context = torch.matmul(probs, v).transpose(1, 2).reshape(b, s, h)
        out = self.attention.output
        x = out.LayerNorm(x + nn.functional.dropout(out.dense(context), dropout, self.training))
        inner = nn.functional.gelu(self.intermediate.dense(x))
        return self.output.LayerNorm(x + nn.functional.dropout(self.output.dense(inner), dropout, self.training))


class _Encoder(nn.Module):
    def __init__(self, c: BertConfig):
        super().__init__()
        self.layer = nn.ModuleList([_Layer(c) for _ in range(c.layers)])


class Bert(nn.Module):
    """BERT without the pooler: input_ids, attention_mask → last_hidden_state. ``extra_embedding`` (same shape as the
    word embeddings' output) is added to the input embeddings before their LayerNorm."""

    def __init__(self, config: BertConfig, dropout: float = 0.1):
        super().__init__()
        self.config = config
        self.dropout = dropout
        self.embeddings = _Embeddings(config)
        self.encoder = _Encoder(config)

    def forward(self, input_ids, attention_mask, extra_embedding=None):
        e = self.embeddings
        positions = torch.arange(input_ids.shape[1], device=input_ids.device).unsqueeze(0)
        x = e.word_embeddings(input_ids) + e.position_embeddings(positions) + e.token_type_embeddings(torch.zeros_like(input_ids))
        if extra_embedding is not None:
            x = x + extra_embedding
        x = nn.functional.dropout(e.LayerNorm(x), self.dropout, self.training)
        additive = (1.0 - attention_mask[:, None, None, :].to(x.dtype)) * -10000.0
        for layer in self.encoder.layer:
            x = layer(x, additive, self.dropout)
        return x


CASE_CLASSES = 5  # no letters, lower, Title, ALLCAPS, mixed: see wordpiece.case_class


# The perceptron's max-marginal scores (entitykit export-tokens --scores: weight units, 0 for its decoded label, at
# most 0 for the others, -10000 for labels no valid path reaches) enter the stacked tagger as
# max(score, PERCEPTRON_FLOOR) / PERCEPTRON_UNIT, so that its inputs are O(1): typical runner-ups lie a few hundred
# units below the decoded label, and nothing below 3000 units changes a decision.
PERCEPTRON_UNIT = 100.0
PERCEPTRON_FLOOR = -3000.0


def perceptron_features(scores):
    """The stacked tagger's perceptron input from raw max-marginal scores (any shape, last axis the labels)."""
    return torch.clamp(scores, min=PERCEPTRON_FLOOR) / PERCEPTRON_UNIT


class TokenTagger(nn.Module):
    """The encoder with a learnt case embedding added to its input (the vocabulary is uncased) and a linear head
    over the BILOU labels, read at each token's first word piece.

    With perceptron_inputs (stacking, issue 15): logits = head(h) + P(s), where s are the perceptron's max-marginal
    scores of the token (perceptron_features; given at its first word piece, zeros elsewhere) and P a linear layer
    initialised to zero, so that a stacked tagger made from a trained one starts exactly where that one was."""

    def __init__(self, config: BertConfig, labels: int, dropout: float = 0.1, perceptron_inputs: int = 0):
        super().__init__()
        self.bert = Bert(config, dropout)
        self.case_embeddings = nn.Embedding(CASE_CLASSES, config.hidden)
        nn.init.zeros_(self.case_embeddings.weight)  # starts as the pretrained encoder exactly
        self.head_dropout = nn.Dropout(dropout)
        self.head = nn.Linear(config.hidden, labels)
        self.perceptron = None
        if perceptron_inputs:
            self.perceptron = nn.Linear(perceptron_inputs, labels)
            nn.init.zeros_(self.perceptron.weight)
            nn.init.zeros_(self.perceptron.bias)

    @property
    def perceptron_inputs(self):
        return self.perceptron.in_features if self.perceptron is not None else 0

    def tagger_logits(self, input_ids, attention_mask, case_ids):
        """The encoder and head alone (what the ONNX export serves; P·s is added outside it)."""
        hidden = self.bert(input_ids, attention_mask, self.case_embeddings(case_ids))
        return self.head(self.head_dropout(hidden))

    def forward(self, input_ids, attention_mask, case_ids, perceptron_scores=None):
        logits = self.tagger_logits(input_ids, attention_mask, case_ids)
        if self.perceptron is not None:
            if perceptron_scores is None:
                raise ValueError("this tagger stacks the perceptron: its scores are required")
            logits = logits + self.perceptron(perceptron_features(perceptron_scores))
        return logits


def random_bert_state(config: BertConfig, seed: int):
    """A randomly initialised encoder's state dict (for fixtures and tests)."""
    torch.manual_seed(seed)
    model = Bert(config)
    for name, p in model.named_parameters():
        if name.endswith("LayerNorm.weight"):
            nn.init.ones_(p)
        elif name.endswith("bias"):
            nn.init.zeros_(p)
        else:
            nn.init.normal_(p, std=0.02)
    return model.state_dict()


def save_encoder(path, config: BertConfig, state):
    torch.save({"config": json.loads(config.to_json()), "state": state}, path)


def load_encoder(path):
    saved = torch.load(path, map_location="cpu")
    return BertConfig.from_dict(saved["config"]), saved["state"]
