// The hidden input two calls deep is a build warning naming the method, the read, the call path and the fixes; the
// methods that read nothing hidden, or declare what they read, are not reported; the woven classes key calls by the
// declared property (PricesTest).
def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] Memoria: hidden.Prices.total(int) reads an input that its cache key cannot see')
assert log.contains('the environment variable HIDDEN_RATE (System.getenv) in hidden.Rates.rate(), call path hidden.Prices.total(int) -> hidden.Pricing.discount(int) -> hidden.Rates.rate()')
assert log.contains('inputs = "env:HIDDEN_RATE"')
assert log.contains('hiddenInputs = IGNORE')
assert !log.contains('hidden.Prices.pure(int) reads')
assert !log.contains('hidden.Prices.mode(int) reads')
assert log.contains('Memoria: wove 3 cached methods in 1 class of')
assert log.contains('Tests run: 1, Failures: 0, Errors: 0, Skipped: 0')
assert log.contains('BUILD SUCCESS')
