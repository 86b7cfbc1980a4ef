"""A weight average ("soup") of taggers fine-tuned from the same pretrained encoder: one tagger, the serving cost of one.

Every floating-point tensor of the soup is the mean of the taggers' tensors; the taggers must share labels, encoder
configuration, windows (max_pieces, pack) and stacking inputs, or the average means nothing and is refused. The soup
carries no dev score ("dev": {}): score it with ekencoder.evaluate, export it with ekencoder.export_onnx.

    python3 -m ekencoder.soup --out soup.pt A/best.pt B/best.pt [...]
"""
import argparse

import torch

# What the taggers of a soup must share.
SHARED = ("labels", "config", "max_pieces", "pack", "perceptron_inputs")


def make_soup(paths):
    """The averaged checkpoint (a dict in best.pt's format) of the taggers saved at paths."""
    if len(paths) < 2:
        raise ValueError("a soup needs at least two taggers")
    saved = [torch.load(p, map_location="cpu") for p in paths]
    first = saved[0]
    for path, other in zip(paths[1:], saved[1:]):
        for key in SHARED:
            if other.get(key) != first.get(key):
                raise ValueError(f"{path}: {key} differs from {paths[0]}'s; only taggers of one shape can be averaged")
        if set(other["model"]) != set(first["model"]):
            raise ValueError(f"{path}: other parameters than {paths[0]}")
    model = {}
    for name, tensor in first["model"].items():
        if tensor.is_floating_point():
            model[name] = (sum(s["model"][name].double() for s in saved) / len(saved)).to(tensor.dtype)
        else:
            model[name] = tensor.clone()
    soup = {key: first[key] for key in first if key not in ("model", "dev", "epoch")}
    soup.update(model=model, dev={}, epoch=None, soup_of=list(paths))
    return soup


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", required=True, help="where to write the soup (best.pt format)")
    parser.add_argument("taggers", nargs="+", help="two or more best.pt files")
    args = parser.parse_args(argv)
    torch.save(make_soup(args.taggers), args.out)
    print(f"wrote {args.out}: the mean of {len(args.taggers)} taggers")


if __name__ == "__main__":
    main()
