"""Pure calculation functions: estimators, financials, GHG, units. No Qt, no database."""
