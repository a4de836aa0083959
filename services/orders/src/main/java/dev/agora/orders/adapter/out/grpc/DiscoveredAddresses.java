package dev.agora.orders.adapter.out.grpc;

import io.grpc.EquivalentAddressGroup;
import io.grpc.NameResolver;
import io.grpc.NameResolverProvider;
import io.grpc.NameResolverRegistry;
import io.grpc.Status;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.discovery.DiscoveryClient;

/**
 * gRPC targets {@code discovery:///<service>}: the addresses of the instances Spring Cloud's discovery client lists for
 * that service (given by the launcher locally). gRPC's round-robin policy then spreads calls over them and skips an
 * instance whose connection fails, at once; the list is read again whenever a connection fails. HTTP callers balance
 * with Spring Cloud LoadBalancer instead; a gRPC channel balances itself, per call, over its connections (ADR 0013).
 */
public final class DiscoveredAddresses extends NameResolverProvider implements AutoCloseable {

    public static final String SCHEME = "discovery";

    private final DiscoveryClient discovery;

    public DiscoveredAddresses(DiscoveryClient discovery) {
        this.discovery = discovery;
    }

    /** Makes {@code discovery:///} targets resolvable by every channel made from now on in this JVM. */
    public DiscoveredAddresses register() {
        NameResolverRegistry.getDefaultRegistry().register(this);
        return this;
    }

    /** Called when the application context closes (Spring infers it): the registry is the JVM's, not the context's. */
    @Override
    public void close() {
        NameResolverRegistry.getDefaultRegistry().deregister(this);
    }

    @Override
    protected boolean isAvailable() {
        return true;
    }

    @Override
    protected int priority() {
        return 5;
    }

    @Override
    public String getDefaultScheme() {
        return SCHEME;
    }

    @Override
    public @Nullable NameResolver newNameResolver(URI target, NameResolver.Args args) {
        if (!SCHEME.equals(target.getScheme())
                || target.getPath() == null
                || target.getPath().length() < 2) {
            return null;
        }
        return new InstancesOf(target.getPath().substring(1));
    }

    private final class InstancesOf extends NameResolver {

        private final String service;
        private @Nullable Listener2 listener;

        InstancesOf(String service) {
            this.service = service;
        }

        @Override
        public String getServiceAuthority() {
            return service;
        }

        @Override
        public void start(Listener2 listener) {
            this.listener = listener;
            resolve();
        }

        @Override
        public void refresh() {
            resolve();
        }

        private void resolve() {
            if (listener == null) {
                return;
            }
            List<ServiceInstance> instances = discovery.getInstances(service);
            if (instances.isEmpty()) {
                listener.onError(Status.UNAVAILABLE.withDescription("no instance of " + service
                        + " is listed (spring.cloud.discovery.client.simple.instances." + service + ")"));
                return;
            }
            List<EquivalentAddressGroup> addresses = instances.stream()
                    .map(instance ->
                            new EquivalentAddressGroup(new InetSocketAddress(instance.getHost(), instance.getPort())))
                    .toList();
            listener.onResult(
                    ResolutionResult.newBuilder().setAddresses(addresses).build());
        }

        @Override
        public void shutdown() {
            listener = null;
        }
    }
}
