/**
 * The real Redis and Postgres the distributed tests run against (started by .ci/run, see
 * scripts/ci-services.sh). Without them the tests are skipped locally, but FAIL under CI=true.
 */
export const services = {
  redis: process.env.BUDGETLENS_TEST_REDIS,
  pg: process.env.BUDGETLENS_TEST_PG,
};

export const servicesPresent = !!(services.redis && services.pg);
export const ciRequiresServices = process.env.CI === 'true' && !servicesPresent;
export const MISSING_SERVICES = 'BUDGETLENS_TEST_REDIS / BUDGETLENS_TEST_PG are not set: start Redis and Postgres (scripts/ci-services.sh) — required under CI=true';
