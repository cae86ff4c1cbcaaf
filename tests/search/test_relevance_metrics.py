"""nDCG@10 and P@5 of the relevance report, against figures worked out by hand (log2(2) = 1, log2(3) = 1.5849625,
log2(4) = 2, log2(11) = 3.4594316, log2(12) = 3.5849625)."""

import pytest

from ops.relevance.metrics import mean_scores, ndcg_at, precision_at

# Grades as the judged queries give them: 2 highly relevant, 1 partially, anything unjudged 0.
JUDGED = {"bloc:mercosur": 2, "event:asuncion-treaty": 1, "country:py": 1}


def test_ndcg_gain_is_the_grade_itself_discounted_by_log2_of_the_position_plus_one():
    ranking = ["event:asuncion-treaty", "article:unjudged", "bloc:mercosur"]
    # DCG = 1/log2(2) + 0/log2(3) + 2/log2(4) = 1 + 0 + 1 = 2
    # ideal (2, 1, 1): 2/1 + 1/1.5849625 + 1/2 = 2 + 0.6309298 + 0.5 = 3.1309298
    # (with 2**grade - 1 as the gain it would be 2.5 / 4.1309298 = 0.6052)
    assert ndcg_at(10, ranking, JUDGED) == pytest.approx(2 / 3.1309298, abs=1e-6)  # 0.638789


def test_the_ideal_order_scores_one_whichever_of_two_equal_grades_comes_first():
    assert ndcg_at(10, ["bloc:mercosur", "event:asuncion-treaty", "country:py"], JUDGED) == pytest.approx(1.0)
    assert ndcg_at(10, ["bloc:mercosur", "country:py", "event:asuncion-treaty"], JUDGED) == pytest.approx(1.0)


def test_ndcg_counts_only_the_first_ten_results_and_the_ten_best_judgements():
    # The only relevant result is eleventh: outside the cut.
    late = [f"article:other-{n}" for n in range(10)] + ["bloc:mercosur"]
    assert ndcg_at(10, late, {"bloc:mercosur": 2}) == 0.0
    # Twelve documents of grade 1, the first ten of them found: the ideal is cut at ten too, so this is perfect
    # (uncut, the ideal would add 1/log2(12) + 1/log2(13) and the score fall below 1).
    judged = {f"event:e{n}": 1 for n in range(12)}
    assert ndcg_at(10, [f"event:e{n}" for n in range(10)], judged) == pytest.approx(1.0)


def test_ndcg_of_no_results_or_of_a_query_without_a_relevant_judgement_is_zero():
    assert ndcg_at(10, [], JUDGED) == 0.0
    assert ndcg_at(10, ["bloc:mercosur"], {"bloc:mercosur": 0}) == 0.0


def test_precision_at_five_is_relevant_results_among_the_first_five_over_five():
    ranking = ["bloc:mercosur", "article:a", "country:py", "article:b", "article:c", "event:asuncion-treaty"]
    # Relevant at positions 1 and 3; the third relevant one is sixth, past the cut: 2 / 5
    assert precision_at(5, ranking, JUDGED) == pytest.approx(0.4)


def test_a_list_shorter_than_five_is_not_excused_and_grade_zero_is_not_relevant():
    assert precision_at(5, ["bloc:mercosur"], JUDGED) == pytest.approx(1 / 5)
    assert precision_at(5, ["bloc:mercosur"], {"bloc:mercosur": 0}) == 0.0


def test_the_report_figure_is_the_mean_over_judged_queries_a_query_without_results_counting_zero():
    qrels = {"q0": {"bloc:mercosur": 1}, "q1": {"bloc:can": 2}}
    runs = {"q0": ["bloc:mercosur"], "not-judged": ["bloc:can"]}  # q1 found nothing; an unjudged query is ignored
    # q0: nDCG 1/1 = 1, P@5 1/5 = 0.2; q1: 0 and 0. Means: (1 + 0) / 2 = 0.5 and (0.2 + 0) / 2 = 0.1
    assert mean_scores(runs, qrels) == pytest.approx({"ndcg@10": 0.5, "precision@5": 0.1})
