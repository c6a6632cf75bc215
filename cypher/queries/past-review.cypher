// Records past their MoPI review date (decision 0010): they leave scoring until a supervisor decides.
// Parameter: $today, e.g. :param today => date()
MATCH (n)
WHERE (n:Subject OR n:Incident OR n:IntelReport OR n:Group) AND n.reviewDate < $today
RETURN labels(n)[0] AS kind, count(n) AS pastReview, min(n.reviewDate) AS oldestReviewDate
ORDER BY kind;
