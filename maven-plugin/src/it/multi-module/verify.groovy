// Each module was woven in its own process-classes; quotes' fingerprint covers prices' original (unwoven) code.
def log = new File(basedir, 'build.log').text
assert log.findAll('Memoria: wove 1 cached method in 1 class of').size() == 2
assert log.contains('Tests run: 1, Failures: 0, Errors: 0, Skipped: 0')
assert new File(basedir, 'prices/target/memoria/original-classes/prices/Prices.class').isFile()
def sites = new File(basedir, 'quotes/target/classes/META-INF/memoria/sites/quotes.Quotes.sites').text
assert sites.contains('method=quote')
assert sites =~ /fingerprint=[0-9a-f]{32}/
