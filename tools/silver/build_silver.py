#!/usr/bin/env python3
"""Builds a silver training corpus for the fast model from a teacher's labels (issue #15, step 4).

Inputs are the analyzer's own JSONL: the articles (`{"id", "text"}` per line, as given to `entitykit analyze`),
the teacher's results (`entitykit analyze ARTICLES --model accurate`) and the student's results (`entitykit analyze
ARTICLES`, the fast model). The output is `entitykit train`/`fine-tune` JSONL: `{"id", "text", "spans": [{"start",
"end", "type"}]}` with the teacher's mentions as spans.

An article is kept whole or not at all, because training takes every unlabelled token as O:
  --policy all        every article the teacher labelled without error (plain distillation);
  --policy agree      articles where teacher and student found exactly the same mentions (start, end, type);
  --policy confident  articles where every teacher mention the student did not also find has a teacher confidence
                      of at least --min-confidence, and every student mention the teacher did not find has a student
                      confidence below --max-student-confidence (the student is not confidently contradicted).
Standard library only; no corpus text is written anywhere but --out.
"""
import argparse
import json
import sys


def read_results(path):
    results = {}
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            record = json.loads(line)
            if "id" not in record:
                sys.exit(f"{path}:{number}: a result without an \"id\"")
            results[record["id"]] = record
    return results


def mention_key(mention):
    return (mention["start"], mention["end"], mention["type"])


def keep(teacher, student, policy, min_confidence, max_student_confidence):
    if teacher.get("error") or (student is not None and student.get("error")):
        return False
    if policy == "all":
        return True
    teacher_mentions = {mention_key(m): m for m in teacher["mentions"]}
    student_mentions = {mention_key(m): m for m in student["mentions"]}
    if policy == "agree":
        return teacher_mentions.keys() == student_mentions.keys()
    for key, mention in teacher_mentions.items():
        if key not in student_mentions and mention.get("confidence", 0.0) < min_confidence:
            return False
    for key, mention in student_mentions.items():
        if key not in teacher_mentions and mention.get("confidence", 0.0) >= max_student_confidence:
            return False
    return True


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", required=True, help="the analyzed articles, JSONL {id, text}")
    parser.add_argument("--teacher", required=True, help="entitykit analyze --model accurate output")
    parser.add_argument("--student", help="entitykit analyze output of the fast model (not needed for --policy all)")
    parser.add_argument("--out", required=True, help="the silver corpus to write (train/fine-tune JSONL)")
    parser.add_argument("--policy", choices=["all", "agree", "confident"], default="confident")
    parser.add_argument("--min-confidence", type=float, default=0.9)
    parser.add_argument("--max-student-confidence", type=float, default=0.9)
    args = parser.parse_args()
    if args.policy != "all" and not args.student:
        parser.error(f"--policy {args.policy} needs --student")

    teacher = read_results(args.teacher)
    student = read_results(args.student) if args.student else {}
    read = kept = spans = 0
    with open(args.articles, encoding="utf-8") as articles, open(args.out, "w", encoding="utf-8") as out:
        for number, line in enumerate(articles, 1):
            article = json.loads(line)
            read += 1
            result = teacher.get(article["id"])
            if result is None:
                sys.exit(f"{args.articles}:{number}: no teacher result for id {article['id']!r}")
            other = student.get(article["id"]) if args.student else None
            if args.student and other is None:
                sys.exit(f"{args.articles}:{number}: no student result for id {article['id']!r}")
            if not keep(result, other, args.policy, args.min_confidence, args.max_student_confidence):
                continue
            kept += 1
            span_list = [{"start": m["start"], "end": m["end"], "type": m["type"]} for m in result["mentions"]]
            spans += len(span_list)
            out.write(json.dumps({"id": article["id"], "text": article["text"], "spans": span_list},
                                 ensure_ascii=False) + "\n")
    print(f"{read} articles read, {kept} kept ({kept / max(read, 1):.1%}), {spans} spans", file=sys.stderr)


if __name__ == "__main__":
    main()
