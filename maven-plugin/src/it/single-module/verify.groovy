// The build wove the classes, kept the originals, and the app runs cached with memoria-runtime alone.
def log = new File(basedir, 'build.log').text
assert log.contains('Memoria: wove 2 cached methods in 1 class of')
assert log.contains('Tests run: 1, Failures: 0, Errors: 0, Skipped: 0')
assert new File(basedir, 'target/memoria/original-classes/shop/Catalog.class').isFile()
assert new File(basedir, 'target/classes/META-INF/memoria/sites/shop.Catalog.sites').isFile()

def runtime = new File(localRepositoryPath,
        "dev/memoria/memoria-runtime/${memoriaVersion}/memoria-runtime-${memoriaVersion}.jar")
def classPath = new File(basedir, 'target/classes').path + File.pathSeparator + runtime.path
// the woven classes need the runtime alone: no weaving library is on this class path, under any name
def weavers = new java.util.jar.JarFile(runtime).withCloseable { jar ->
    jar.entries().toList()*.name.findAll { it =~ /(?i)objectweb|asm\/ClassReader|bytebuddy/ }
}
assert weavers.isEmpty() : "weaving classes in memoria-runtime: ${weavers}"
// the one flag the README asks of woven apps: it lets the copier avoid sun.misc.Unsafe, which JDK 24+ warns about
def app = [testJava, '--add-opens=java.base/java.lang.invoke=ALL-UNNAMED', '-cp', classPath, 'shop.Main']
        .execute(null, basedir)
def out = new StringBuilder()
def err = new StringBuilder()
app.waitForProcessOutput(out, err)
assert app.exitValue() == 0 : err
assert err.toString().isEmpty() : "unexpected stderr: ${err}"
assert out.toString().readLines() == [
        'products [tea-1, tea-2, tea-3] ran 2 times',
        'registry same object: true, ran 1 time']
