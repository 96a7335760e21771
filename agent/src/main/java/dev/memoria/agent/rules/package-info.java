/**
 * Rules files: caching without changing code. Each line names methods by a pattern and caches them as data or as a
 * resource, with the attributes of {@code @CacheData} or {@code @CacheResource}:
 * <pre>
 * # kind      method pattern                                    attributes
 * data        com.acme.reports.ReportService.load(String, int)  ttl=10m maxEntries=100 persist=DISK
 * resource    com.acme.db.Pools.connect                         validate=isOpen onRelease=close
 * </pre>
 * {@link dev.memoria.agent.rules.Rules} reads a file (every problem is reported with its line, in a
 * {@link dev.memoria.agent.rules.RulesFileException}) and answers which rules match a class and its methods; the
 * transformer then treats a matched method as if it carried the annotation. The format, the patterns and how rules
 * combine with annotations are documented in {@code docs/rules.md}.
 */
package dev.memoria.agent.rules;
