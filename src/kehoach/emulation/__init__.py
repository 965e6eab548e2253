"""Thi đua, khen thưởng: movements, registrations, nominations checked against the law's criteria and
ratios (rules.yaml, each rule with its article), council votes, award decisions and certificates."""
