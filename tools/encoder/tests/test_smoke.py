"""Smoke test of the encoder tooling on a tiny invented fixture and a tiny random BERT: runs in seconds.

Run: tools/encoder/run-smoke-test.sh (exit 0 passed, 77 skipped because no python3 with torch and onnx, else failed).
"""
import contextlib
import io
import json
import os
import shutil
import sys
import tempfile
import unittest

import numpy as np
import torch

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from ekencoder import ensemble, export_onnx, folds, soup, train  # noqa: E402
from ekencoder import bert as bert_module  # noqa: E402
from ekencoder.bert import BertConfig, random_bert_state, save_encoder  # noqa: E402
from ekencoder.data import build_examples, collate, read_documents  # noqa: E402
from ekencoder.evaluate import Scoreboard  # noqa: E402
from ekencoder.labels import LabelSet  # noqa: E402
from ekencoder.wordpiece import WordPieces, case_class  # noqa: E402

FIXTURE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tiny.jsonl")
TINY = BertConfig(vocab_size=0, hidden=32, layers=2, heads=2, intermediate=64, max_positions=64)


def write_tiny_vocab(path):
    """[PAD], [UNK], [CLS], [SEP], the fixture's lower-cased words minus 'brasmir' (so it splits into pieces)."""
    words = set()
    with open(FIXTURE) as f:
        for line in f:
            for s in json.loads(line)["sentences"]:
                words.update(t.lower() for t in s["tokens"])
    words -= {"brasmir", "dr."}
    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "dr", ".", "bras", "##mir"] + sorted(words - {"."})
    with open(path, "w") as f:
        f.write("\n".join(vocab) + "\n")
    return len(vocab)


class Fixture:
    def __init__(self):
        self.dir = tempfile.mkdtemp(prefix="ekencoder-smoke-")
        self.vocab = os.path.join(self.dir, "vocab.txt")
        config = BertConfig(**{**TINY.__dict__, "vocab_size": write_tiny_vocab(self.vocab)})
        self.encoder = os.path.join(self.dir, "encoder.pt")
        save_encoder(self.encoder, config, random_bert_state(config, seed=7))

    def train(self, out, *extra, data=FIXTURE):
        argv = ["--train", data, "--dev", data, "--encoder", self.encoder, "--vocab", self.vocab,
                "--out", os.path.join(self.dir, out), "--batch-size", "2", "--max-pieces", "8", "--dropout", "0",
                "--lr", "3e-3", "--head-lr", "3e-2", "--log-seconds", "0", *extra]
        with contextlib.redirect_stdout(io.StringIO()) as output:
            train.main(argv)
        return os.path.join(self.dir, out), output.getvalue()


def write_scored_fixture(path, runner_up=-400.0):
    """The fixture with perceptron scores (export-tokens --scores) that a perfect perceptron would give: 0 for the gold
    label, runner_up for every other label, -10000 (unreachable) for inside labels on a sentence's first token."""
    labels = LabelSet()
    with open(FIXTURE) as f, open(path, "w") as out:
        for line in f:
            record = json.loads(line)
            for s in record["sentences"]:
                rows = []
                for t, gold in enumerate(s["labels"]):
                    row = [0.0 if name == gold else runner_up for name in labels.names]
                    if t == 0:
                        row = [-10000.0 if name[:2] in ("I-", "L-") else v for name, v in zip(labels.names, row)]
                    rows.append(row)
                s["scores"] = rows
            out.write(json.dumps(record) + "\n")
    return path


class LabelsAndPiecesTests(unittest.TestCase):
    def test_viterbi_alwaysReturnsAValidBilouSequence(self):
        labels = LabelSet()
        rng = np.random.default_rng(3)
        for _ in range(50):
            path = labels.viterbi(rng.normal(size=(int(rng.integers(1, 12)), len(labels))))
            self.assertTrue(labels.can_start[path[0]] and labels.can_end[path[-1]])
            self.assertTrue(all(labels.allowed[a, b] for a, b in zip(path, path[1:])))

    def test_labelOrder_matchesBilouLabelSet(self):
        labels = LabelSet()
        self.assertEqual(73, len(labels))
        self.assertEqual(["O", "B-PERSON", "I-PERSON", "L-PERSON", "U-PERSON", "B-NORP"], labels.names[:6])
        self.assertEqual("U-CARDINAL", labels.names[-1])

    def test_spans_readEntitiesOfASequence(self):
        labels = LabelSet()
        path = labels.encode(["B-ORG", "I-ORG", "L-ORG", "O", "U-GPE"])
        self.assertEqual([(0, 3, "ORG"), (4, 5, "GPE")], labels.spans(path))

    def test_caseClass_distinguishesShapes(self):
        self.assertEqual([0, 1, 2, 3, 4, 2], [case_class(t) for t in ["1998", "lives", "Qatlan", "NATO", "McDonald", "A"]])

    def test_wordPieces_splitUnknownWordsAndPunctuation(self):
        directory = tempfile.mkdtemp()
        try:
            write_tiny_vocab(os.path.join(directory, "v.txt"))
            pieces = WordPieces(os.path.join(directory, "v.txt"))
            self.assertEqual([pieces.vocab["bras"], pieces.vocab["##mir"]], pieces.token_ids("Brasmir"))
            self.assertEqual([pieces.vocab["dr"], pieces.vocab["."]], pieces.token_ids("Dr."))
            self.assertEqual([pieces.unk], pieces.token_ids("Zzyzx"))
        finally:
            shutil.rmtree(directory)

    def test_longSentence_isCutIntoWindowsNotTruncated(self):
        directory = tempfile.mkdtemp()
        try:
            write_tiny_vocab(os.path.join(directory, "v.txt"))
            pieces = WordPieces(os.path.join(directory, "v.txt"))
            sentences = [s for d in read_documents(FIXTURE, LabelSet()) for s in d.sentences]
            examples = build_examples(sentences, pieces, max_pieces=6)
            for index, sentence in enumerate(sentences):
                windows = [e for e in examples if e.parts[0][0] == index]
                self.assertTrue(all(len(e.parts) == 1 for e in windows))
                self.assertEqual(sentence.labels, [l for e in windows for l in e.labels])
                self.assertTrue(all(len(e.piece_ids) <= 6 for e in windows))
        finally:
            shutil.rmtree(directory)

    def test_packedWindows_holdConsecutiveSentencesOfOneDocumentWithinTheBudget(self):
        directory = tempfile.mkdtemp()
        try:
            write_tiny_vocab(os.path.join(directory, "v.txt"))
            pieces = WordPieces(os.path.join(directory, "v.txt"))
            sentences = [s for d in read_documents(FIXTURE, LabelSet()) for s in d.sentences]
            for budget in (6, 12, 40, 512):
                examples = build_examples(sentences, pieces, max_pieces=budget, pack=True)
                parts = [part for e in examples for part in e.parts]
                self.assertEqual(parts, [part for e in build_examples(sentences, pieces, budget) for part in e.parts])
                for e in examples:
                    self.assertLessEqual(len(e.piece_ids), budget)
                    self.assertEqual(1, len({sentences[index].doc for index, _, _ in e.parts}))
                    self.assertEqual([l for index, first, end in e.parts for l in sentences[index].labels[first:end]], e.labels)
                    self.assertEqual(len(e.labels), len(e.first_pieces))
            self.assertLess(len(build_examples(sentences, pieces, 512, pack=True)), len(build_examples(sentences, pieces, 512)))
        finally:
            shutil.rmtree(directory)

    def test_scoreboard_countsUnprojectedGoldAsMissed(self):
        board = Scoreboard()
        board.add(gold=[(0, 4, "GPE"), (10, 15, "ORG")], predicted=[(0, 4, "GPE"), (20, 22, "DATE")])
        report = board.report()
        self.assertEqual((1, 2, 2), (report["correct"], report["predicted"], report["gold"]))
        self.assertAlmostEqual(0.5, report["f1"])


class FoldTests(unittest.TestCase):
    def test_folds_holdOutEveryDocumentOnceAndTrainOnTheRest(self):
        directory = tempfile.mkdtemp()
        try:
            bio = os.path.join(directory, "c.bio")
            with open(bio, "w") as f:
                f.write("".join(f"-DOCSTART-\n\nWord{i}\tO\nName{i}\tB-PERSON\n\n" for i in range(7)))
            self.assertEqual(7, folds.split(bio, 3, os.path.join(directory, "folds")))
            def read(name):
                with open(os.path.join(directory, "folds", name), encoding="UTF-8") as f:
                    return f.read()
            held = [read(f"fold-{k}.bio") for k in range(3)]
            self.assertEqual(["Name0", "Name3", "Name6"], [w for w in held[0].split() if w.startswith("Name")])
            self.assertEqual(7, sum(h.count("-DOCSTART-") for h in held))
            for k in range(3):
                self.assertEqual(7, held[k].count("-DOCSTART-") + read(f"without-fold-{k}.bio").count("-DOCSTART-"))
                self.assertNotIn("Name0\t", read("without-fold-0.bio"))
        finally:
            shutil.rmtree(directory)


class TrainingTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.fixture = Fixture()

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.fixture.dir)

    def test_training_learnsTheFixtureAndKeepsTheBestEpoch(self):
        out, log = self.fixture.train("learn", "--epochs", "30")
        with open(os.path.join(out, "status.json")) as f:
            status = json.load(f)
        self.assertTrue(status["finished"])
        self.assertGreater(status["best_raw_f1"], 0.8, log)
        self.assertIn("wordpieces/s", log)
        best = torch.load(os.path.join(out, "best.pt"))
        self.assertEqual(status["best_raw_f1"], best["dev"]["raw"]["f1"])

    def test_interruptedRun_resumesToTheSameModelAsAnUninterruptedOne(self):
        whole, _ = self.fixture.train("whole", "--epochs", "3")
        self.fixture.train("parts", "--epochs", "3", "--stop-after-steps", "4")
        parts, log = self.fixture.train("parts", "--epochs", "3")
        self.assertIn("resumed from", log)
        a = torch.load(os.path.join(whole, "checkpoint-latest.pt"))["model"]
        b = torch.load(os.path.join(parts, "checkpoint-latest.pt"))["model"]
        for name in a:
            self.assertTrue(torch.equal(a[name], b[name]), name)

    def test_initFrom_startsFromTheTrainedTaggerNotThePretrainedEncoder(self):
        first, _ = self.fixture.train("first", "--epochs", "30")
        best = torch.load(os.path.join(first, "best.pt"))
        # One step at learning rate 0 changes no weight: the run must hold the earlier tagger exactly.
        out, _ = self.fixture.train("continued", "--epochs", "1", "--init-from", os.path.join(first, "best.pt"),
                                    "--lr", "0", "--head-lr", "0", "--stop-after-steps", "1")
        continued = torch.load(os.path.join(out, "checkpoint-latest.pt"))["model"]
        for name, weights in best["model"].items():
            self.assertTrue(torch.equal(weights, continued[name]), name)

    def test_resumeWithOtherSettings_isRefused(self):
        self.fixture.train("settings", "--epochs", "1")
        with self.assertRaises(SystemExit):
            self.fixture.train("settings", "--epochs", "2")

    def test_onnxExport_isAValidModelWithTheServingInterface(self):
        out, _ = self.fixture.train("export", "--epochs", "1")
        target = os.path.join(self.fixture.dir, "onnx")
        tagger, onnx_path = export_onnx.export(os.path.join(out, "best.pt"), target)
        import onnx
        graph = onnx.load(onnx_path).graph
        self.assertEqual(["input_ids", "attention_mask", "case_ids"], [i.name for i in graph.input])
        self.assertEqual(["logits"], [o.name for o in graph.output])
        with open(os.path.join(target, "labels.txt")) as f:
            self.assertEqual(LabelSet().names, f.read().split())
        with open(os.path.join(target, "tagger.json")) as f:
            self.assertIsNone(json.load(f)["stacking"])
        ortref = os.environ.get("EK_ORTREF")
        if ortref:  # the numeric check needs ONNX Runtime, here through the .NET reference runner
            self.assertLess(export_onnx.check_with_onnxruntime(tagger, onnx_path, ortref), 1e-4)

    def test_int8Quantisation_keepsTheInterfaceAndReplacesEveryWeightMatMul(self):
        import onnx
        from onnx import TensorProto
        from ekencoder import quantize
        out, _ = self.fixture.train("quantise", "--epochs", "1")
        target = os.path.join(self.fixture.dir, "onnx-q")
        _, onnx_path = export_onnx.export(os.path.join(out, "best.pt"), target)
        original = onnx.load(onnx_path)
        initializers = {i.name for i in original.graph.initializer}
        weight_matmuls = sum(1 for n in original.graph.node if n.op_type == "MatMul" and n.input[1] in initializers)
        quantised, matmuls, embeddings = quantize.quantise(onnx.load(onnx_path))
        self.assertEqual(weight_matmuls, matmuls)
        self.assertTrue(embeddings)
        self.assertEqual([i.name for i in original.graph.input], [i.name for i in quantised.graph.input])
        self.assertEqual(["logits"], [o.name for o in quantised.graph.output])
        self.assertEqual(matmuls, sum(1 for n in quantised.graph.node if n.op_type == "MatMulInteger"))
        kinds = {i.name: i.data_type for i in quantised.graph.initializer}
        self.assertEqual(TensorProto.INT8, kinds["word_embeddings.q"])
        self.assertNotIn(quantize.WORD_EMBEDDINGS, kinds)

    def test_recoverFromInt8Package_givesTheTrainedTaggerUpToRounding(self):
        import onnx
        from ekencoder import quantize, recover
        out, _ = self.fixture.train("recover", "--epochs", "2")
        target = os.path.join(self.fixture.dir, "onnx-r")
        _, onnx_path = export_onnx.export(os.path.join(out, "best.pt"), target)
        quantised, _, _ = quantize.quantise(onnx.load(onnx_path))
        onnx.save(quantised, onnx_path)
        saved = recover.recover(target, self.fixture.encoder)
        trained = torch.load(os.path.join(out, "best.pt"))
        self.assertEqual(trained["labels"], saved["labels"])
        matrices = 0
        for name, original in trained["model"].items():
            restored = saved["model"][name]
            if original.dim() == 2 and name.endswith(".weight") and "embeddings" not in name:
                matrices += 1  # int8, one scale per output row of torch's [out, in]: at most half a step off
                step = original.abs().max(dim=1, keepdim=True).values / 127.0
                self.assertTrue(bool(((restored - original).abs() <= step / 2 + 1e-7).all()), name)
            else:
                self.assertTrue(torch.equal(original, restored), name)
        self.assertGreater(matrices, 0)
        other = os.path.join(self.fixture.dir, "other-encoder.pt")
        config, _ = bert_module.load_encoder(self.fixture.encoder)
        save_encoder(other, config, random_bert_state(config, seed=8))
        with self.assertRaisesRegex(ValueError, "not the encoder's"):
            recover.recover(target, other)

    def test_soupOfATaggerWithItself_isThatTagger(self):
        first, _ = self.fixture.train("soup-member", "--epochs", "2")
        path = os.path.join(first, "best.pt")
        mixed = soup.make_soup([path, path])
        for name, weights in torch.load(path)["model"].items():
            self.assertTrue(torch.allclose(weights, mixed["model"][name], atol=1e-7), name)
        self.assertEqual({}, mixed["dev"])

    def test_soupOfTaggersOfDifferentShapes_isRefused(self):
        first, _ = self.fixture.train("soup-shape", "--epochs", "1")
        path = os.path.join(first, "best.pt")
        other = torch.load(path)
        other["max_pieces"] = 16
        other_path = os.path.join(self.fixture.dir, "soup-other.pt")
        torch.save(other, other_path)
        with self.assertRaisesRegex(ValueError, "max_pieces differs"):
            soup.make_soup([path, other_path])
        with self.assertRaisesRegex(ValueError, "at least two"):
            soup.make_soup([path])

    def test_ensembleOfOneTaggerTwice_scoresAsTheTaggerAndAPerfectPerceptronDominatesAtASmallWeight(self):
        first, _ = self.fixture.train("ensemble-member", "--epochs", "2")
        path = os.path.join(first, "best.pt")
        labels, pieces = LabelSet(), WordPieces(self.fixture.vocab)
        scored = write_scored_fixture(os.path.join(self.fixture.dir, "scored-ensemble.jsonl"))
        documents = read_documents(scored, labels, scores=True)
        sentences = [s for d in documents for s in d.sentences]
        one = ensemble.tagger_log_probs(path, sentences, pieces)
        mean = ensemble.mean_log_probs([one, one])
        alone = ensemble.combined_f1(documents, one, labels)
        self.assertEqual(torch.load(path)["dev"]["raw"]["f1"], alone["f1"])
        self.assertEqual(alone, ensemble.combined_f1(documents, mean, labels))
        perfect = ensemble.combined_f1(documents, mean, labels, weight=0.01)
        self.assertEqual(1.0, perfect["f1"])

    def test_scores_areReadOnlyWhenAskedAndRequiredThen(self):
        labels = LabelSet()
        self.assertIsNone(read_documents(FIXTURE, labels)[0].sentences[0].scores)
        with self.assertRaisesRegex(ValueError, "no perceptron scores"):
            read_documents(FIXTURE, labels, scores=True)
        scored = write_scored_fixture(os.path.join(self.fixture.dir, "scored-read.jsonl"))
        sentence = read_documents(scored, labels, scores=True)[0].sentences[0]
        self.assertEqual((len(sentence.tokens), len(labels)), sentence.scores.shape)

    def test_collate_putsPerceptronScoresAtFirstPiecesOnly(self):
        labels, pieces = LabelSet(), WordPieces(self.fixture.vocab)
        scored = write_scored_fixture(os.path.join(self.fixture.dir, "scored-collate.jsonl"))
        sentences = [s for d in read_documents(scored, labels, scores=True) for s in d.sentences]
        examples = build_examples(sentences, pieces, 8)
        _, _, _, targets, scores = collate(examples, pieces.pad)
        first = targets != -100
        self.assertTrue(bool((scores[~first] == 0).all()))
        for row, e in enumerate(examples):
            self.assertTrue(torch.equal(torch.from_numpy(e.scores), scores[row, e.first_pieces]))

    def test_stackedTagger_startsExactlyAsThePlainTaggerItIsMadeFrom(self):
        first, _ = self.fixture.train("plain-for-stacking", "--epochs", "2")
        scored = write_scored_fixture(os.path.join(self.fixture.dir, "scored-start.jsonl"))
        out, _ = self.fixture.train("stacked-start", "--epochs", "1", "--init-from", os.path.join(first, "best.pt"),
                                    "--perceptron-scores", "--lr", "0", "--head-lr", "0", "--stop-after-steps", "1",
                                    data=scored)
        plain = torch.load(os.path.join(first, "best.pt"))["model"]
        stacked = torch.load(os.path.join(out, "checkpoint-latest.pt"))["model"]
        self.assertEqual({"perceptron.weight", "perceptron.bias"}, set(stacked) - set(plain))
        self.assertEqual(0, int(stacked["perceptron.weight"].count_nonzero()) + int(stacked["perceptron.bias"].count_nonzero()))
        for name, weights in plain.items():
            self.assertTrue(torch.equal(weights, stacked[name]), name)

    def test_stackedTagger_learnsToUseInformativePerceptronScores(self):
        # Ten epochs at this rate are too few for the tiny encoder alone; perfect perceptron scores are learnt through P.
        settings = ("--epochs", "10", "--head-lr", "3e-3")
        alone, _ = self.fixture.train("alone-10", *settings)
        scored = write_scored_fixture(os.path.join(self.fixture.dir, "scored-learn.jsonl"), runner_up=-2000.0)
        stacked, log = self.fixture.train("stacked-10", *settings, "--perceptron-scores", data=scored)
        alone_f1 = torch.load(os.path.join(alone, "best.pt"))["dev"]["raw"]["f1"]
        best = torch.load(os.path.join(stacked, "best.pt"))
        self.assertEqual(len(LabelSet()), best["perceptron_inputs"])
        self.assertGreater(best["dev"]["raw"]["f1"], 0.8, log)
        self.assertGreater(best["dev"]["raw"]["f1"], alone_f1)
        from ekencoder import evaluate
        with contextlib.redirect_stdout(io.StringIO()) as output:
            evaluate.main(["--model", os.path.join(stacked, "best.pt"), "--dev", scored, "--vocab", self.fixture.vocab])
        self.assertIn(f"F1 {100 * best['dev']['raw']['f1']:.2f}", output.getvalue())
        with self.assertRaisesRegex(ValueError, "no perceptron scores"):
            with contextlib.redirect_stdout(io.StringIO()):
                evaluate.main(["--model", os.path.join(stacked, "best.pt"), "--dev", FIXTURE, "--vocab", self.fixture.vocab])
        # Export: the ONNX graph keeps the plain interface (encoder and head); P and b go to tagger.json for serving.
        target = os.path.join(self.fixture.dir, "onnx-stacked")
        tagger, onnx_path = export_onnx.export(os.path.join(stacked, "best.pt"), target)
        import onnx
        graph = onnx.load(onnx_path).graph
        self.assertEqual(["input_ids", "attention_mask", "case_ids"], [i.name for i in graph.input])
        with open(os.path.join(target, "tagger.json")) as f:
            stacking = json.load(f)["stacking"]
        self.assertTrue(torch.equal(best["model"]["perceptron.weight"], torch.tensor(stacking["weight"])))
        self.assertTrue(torch.equal(best["model"]["perceptron.bias"], torch.tensor(stacking["bias"])))
        self.assertEqual((bert_module.PERCEPTRON_UNIT, bert_module.PERCEPTRON_FLOOR), (stacking["unit"], stacking["floor"]))


if __name__ == "__main__":
    unittest.main()
