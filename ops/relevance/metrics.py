"""nDCG@10 and P@5 of ranked result lists against graded judgements, as ranx (the library this replaced) defined them,
so that figures from before and after compare.

- nDCG@k, Järvelin and Kekäläinen's form: a result's gain is its grade itself (linear, not 2**grade - 1),
  divided by log2(position + 1) for positions 1..k; the sum is divided by the same sum over the judged documents
  in descending grade (the ideal list, also cut at k). A query without a relevant judgement scores 0.
- P@k: the relevant results (grade 1 or more) among the first k, over k: a list shorter than k is not excused.

A query with no results scores 0 on both; the report's figure is the mean over the queries.
"""

from math import log2

Ranking = list[str]
Judgements = dict[str, int]


def discounted_gain(grades: list[int]) -> float:
    return sum(grade / log2(position + 1) for position, grade in enumerate(grades, start=1))


def ndcg_at(k: int, ranking: Ranking, judgements: Judgements) -> float:
    ideal = discounted_gain(sorted((grade for grade in judgements.values() if grade > 0), reverse=True)[:k])
    if not ideal:
        return 0.0
    return discounted_gain([max(judgements.get(key, 0), 0) for key in ranking[:k]]) / ideal


def precision_at(k: int, ranking: Ranking, judgements: Judgements) -> float:
    return sum(1 for key in ranking[:k] if judgements.get(key, 0) > 0) / k


# The report's figures, by the names ranx gave them.
METRICS = {
    "ndcg@10": lambda ranking, judgements: ndcg_at(10, ranking, judgements),
    "precision@5": lambda ranking, judgements: precision_at(5, ranking, judgements),
}


def mean_scores(runs: dict[str, Ranking], qrels: dict[str, Judgements]) -> dict[str, float]:
    """Each metric's mean over the judged queries; a judged query missing from ``runs`` had no results."""
    return {
        name: sum(metric(runs.get(query, []), judgements) for query, judgements in qrels.items()) / len(qrels)
        for name, metric in METRICS.items()
    }
