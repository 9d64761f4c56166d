# Reference values from R for test/core/r-reference.test.ts: `npm run fixtures:r` stores
# them in test/fixtures/r-reference.json. For each series y (x = 1..n), R's
# cor.test(x, y, method = "kendall", exact = FALSE, continuity = TRUE): the statistic z and
# its two-sided p-value, which KPI_TREND's "classic" method must reproduce.
set.seed(20240601)
series <- list()
add <- function(name, y) series[[length(series) + 1]] <<- list(name = name, y = y)
for (n in 4:10) {
  add(sprintf("short-random-n%d", n), rnorm(n))
  add(sprintf("short-ties-n%d", n), as.numeric(sample(0:2, n, replace = TRUE)))
}
add("random-n26", rnorm(26, 50, 10))
add("ar1-0.7-n52", as.numeric(arima.sim(list(ar = 0.7), 52)))
add("rising-n52", 0.05 * (1:52) + rnorm(52))
add("falling-ties-n40", round(-0.03 * (1:40) + rnorm(40)))
add("ties-heavy-n60", as.numeric(sample(0:1, 60, replace = TRUE)))
add("monotone-n20", 1.5 * (1:20) + 2)
add("long-rising-n300", 0.004 * (1:300) + rnorm(300))
num <- function(v) paste(trimws(formatC(v, digits = 17, format = "g")), collapse = ", ")
cases <- sapply(series, function(s) {
  x <- seq_along(s$y)
  test <- suppressWarnings(cor.test(x, s$y, method = "kendall", exact = FALSE, continuity = TRUE))
  sprintf('  {"name": "%s", "values": [%s], "z": %s, "p": %s}',
          s$name, num(s$y), num(unname(test$statistic)), num(test$p.value))
})
cat(sprintf('{\n "generator": "scripts/r-fixtures.R",\n "r": "%s",\n "series": [\n%s\n ]\n}\n',
            R.version.string, paste(cases, collapse = ",\n")))
