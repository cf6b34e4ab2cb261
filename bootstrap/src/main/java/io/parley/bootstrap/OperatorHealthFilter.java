package io.parley.bootstrap;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.health.HealthStatus;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.management.endpoint.health.HealthLevelOfDetail;
import io.micronaut.management.health.aggregator.HealthAggregator;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.time.Duration;
import java.util.List;
import reactor.core.publisher.Mono;

/**
 * Answers {@code GET /health} with every component's status and details when the request presents the management
 * token ({@link ManagementSettings}); everyone else gets Micronaut's endpoint, which shows only the overall status
 * ({@code endpoints.health.details-visible: NEVER}). No indicator shows a connection string.
 */
@ServerFilter("/health")
final class OperatorHealthFilter {
    static final String HEADER = "X-Management-Token";
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final ManagementSettings settings;
    private final HealthAggregator<HealthResult> aggregator;
    private final List<HealthIndicator> indicators;

    OperatorHealthFilter(
            ManagementSettings settings, HealthAggregator<HealthResult> aggregator, List<HealthIndicator> indicators) {
        this.settings = settings;
        this.aggregator = aggregator;
        this.indicators = indicators;
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    HttpResponse<?> showOperatorsTheDetails(HttpRequest<?> request) {
        if (!settings.admits(request.getHeaders().get(HEADER))) {
            return null;
        }
        HealthResult health = Mono.from(aggregator.aggregate(
                        indicators.toArray(HealthIndicator[]::new), HealthLevelOfDetail.STATUS_DESCRIPTION_DETAILS))
                .block(WAIT);
        boolean down = health == null || HealthStatus.DOWN.equals(health.getStatus());
        return HttpResponse.status(down ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.OK)
                .body(health);
    }
}
