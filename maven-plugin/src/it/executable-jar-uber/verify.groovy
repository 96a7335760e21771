evaluate(new File(itScripts, 'run-app-jar.groovy'))
assert !new File(basedir, 'target/lib').exists()
