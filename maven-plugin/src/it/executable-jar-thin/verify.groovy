evaluate(new File(itScripts, 'run-app-jar.groovy'))
assert new File(basedir, 'target/lib/memoria-agent-all.jar').isFile()
