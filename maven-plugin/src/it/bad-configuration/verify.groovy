// The build failed at memoria:instrument with all four problems, and left the compiled classes unwoven.
def log = new File(basedir, 'build.log').text
assert log.contains('Memoria cannot cache 4 methods')
assert log.contains('bad.Settings.theme(String): ttl "forever" is not a duration')
assert log.contains('bad.Settings.fontSize(String): maxEntries')
assert log.contains('bad.Settings.connection(String): validate = "isOpen" names no method boolean isOpen(java.io.Closeable value) in this class. Declare one, or fix the name.')
assert log.contains('bad.Settings.region(String): inputs value "envv:REGION" has the unknown prefix "envv:". Start it with env:')
assert log.contains('Fix the annotations (or the rules file) and build again.')
assert !new File(basedir, 'target/classes/META-INF/memoria').exists()
