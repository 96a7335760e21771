// The method named by the rules file was woven, and its test saw it cached.
def log = new File(basedir, 'build.log').text
assert log.contains('Memoria: wove 1 cached method in 1 class of')
assert log.contains('Tests run: 1, Failures: 0, Errors: 0, Skipped: 0')
assert new File(basedir, 'target/classes/META-INF/memoria/sites/geo.Distances.sites').text.contains('maxEntries=100')
