// argLine carried the shaded agent from the test repository, and the tests passed under it.
def log = new File(basedir, 'build.log').text
assert log =~ /Memoria: argLine set to -javaagent:\S+memoria-agent-\S+-all\.jar=cacheDir=\S+memoria-cache/
assert log.contains('Tests run: 1, Failures: 0, Errors: 0, Skipped: 0')
