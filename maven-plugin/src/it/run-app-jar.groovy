// Shared by the executable-jar projects: java -jar target/app.jar with no flag, on the JVM under test. The manifest
// starts the agent, the cached body runs once, and nothing is printed on stderr (no dynamic-agent warning on 21+).
def app = [testJava, '-jar', new File(basedir, 'target/app.jar').path].execute(null, basedir)
def out = new StringBuilder()
def err = new StringBuilder()
app.waitForProcessOutput(out, err)
assert app.exitValue() == 0 : err
assert err.toString().isEmpty() : "unexpected stderr: ${err}"
assert out.toString().readLines() == ['Hello, jar (body ran 1 time)']
