import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.StandardCopyOption

// Each module was woven in its own process-classes; quotes' fingerprint covers prices' original (unwoven) code.
def log = new File(basedir, 'build.log').text
assert log.findAll('Memoria: wove 1 cached method in 1 class of').size() == 2
assert log.contains('Tests run: 1, Failures: 0, Errors: 0, Skipped: 0')
assert new File(basedir, 'prices/target/memoria/original-classes/prices/Prices.class').isFile()

/** quotes.Quotes.quote's fingerprint, as the plugin embedded it in the project built in {@code project}. */
def fingerprintIn = { File project ->
    def sites = new File(project, 'quotes/target/classes/META-INF/memoria/sites/quotes.Quotes.sites').text
    assert sites.contains('method=quote')
    def fingerprint = sites =~ /fingerprint=([0-9a-f]{32})/
    assert fingerprint.find() : sites
    fingerprint.group(1)
}

/**
 * Copies the project's sources to rebuilds/<name>, lets {@code edit} change the copy, and runs Maven on it up to
 * process-classes (offline, with the invoker's settings and local repository); returns the copy's fingerprint.
 */
def rebuild = { String name, Closure edit ->
    Path from = basedir.toPath()
    Path to = from.resolve('rebuilds').resolve(name)
    Files.createDirectories(to.parent)
    Files.walk(from).withCloseable { paths ->
        paths.filter { !from.relativize(it).toString().matches('(rebuilds|build\\.log|.*target)(/.*)?') }
                .forEach { Files.copy(it, to.resolve(from.relativize(it).toString()), StandardCopyOption.REPLACE_EXISTING) }
    }
    edit(to.toFile())
    // the invoker's settings, interpolated the way the invoker does it
    def settings = to.resolve('settings.xml').toFile()
    settings.text = new File(itScripts, 'settings.xml').text
            .replace('@localRepositoryUrl@', new File(userLocalRepository).toURI().toString())
    def mvn = new File(System.getProperty('maven.home'), 'bin/mvn').path
    def maven = [mvn, '-B', '-q', '-o', '-s', settings.path, "-Dmaven.repo.local=${localRepositoryPath}",
                 'process-classes'].execute(null, to.toFile())
    def output = new StringBuilder()
    maven.waitForProcessOutput(output, output)
    assert maven.exitValue() == 0 : "mvn process-classes in ${to} failed:\n${output}"
    fingerprintIn(to.toFile())
}

def built = fingerprintIn(basedir)
// A rebuild of the same code, elsewhere, embeds the same fingerprint: the comparison below is not noise.
assert rebuild('unchanged') {} == built
// Only prices, the other module, changes: Prices.price's body, which Quotes.quote calls.
def changed = rebuild('price-changed') { File project ->
    def prices = new File(project, 'prices/src/main/java/prices/Prices.java')
    def source = prices.text
    assert source.contains('item.length() * 1.5')
    prices.text = source.replace('item.length() * 1.5', 'item.length() * 2.5')
}
assert changed != built : "quotes' fingerprint ${built} did not change when the code it calls in prices changed"
