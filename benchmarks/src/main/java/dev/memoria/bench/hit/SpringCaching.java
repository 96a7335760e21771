package dev.memoria.bench.hit;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Spring's cache abstraction as a user would set it up: {@code @EnableCaching} on a Caffeine cache manager. */
@Configuration
@EnableCaching
public class SpringCaching {

    @Bean
    public CacheManager cacheManager() {
        CaffeineCacheManager manager = new CaffeineCacheManager("pairs");
        manager.setCaffeine(Caffeine.newBuilder());
        return manager;
    }

    @Bean
    public SpringPairs springPairs() {
        return new SpringPairs();
    }
}
