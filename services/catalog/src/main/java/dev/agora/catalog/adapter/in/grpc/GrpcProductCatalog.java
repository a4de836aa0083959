package dev.agora.catalog.adapter.in.grpc;

import dev.agora.catalog.application.LookUpProducts;
import dev.agora.catalog.domain.Product;
import dev.agora.catalog.domain.ProductId;
import dev.agora.contracts.catalog.v1.CatalogProduct;
import dev.agora.contracts.catalog.v1.GetProductsRequest;
import dev.agora.contracts.catalog.v1.GetProductsResponse;
import dev.agora.contracts.catalog.v1.Money;
import dev.agora.contracts.catalog.v1.ProductCatalogGrpc;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * The catalog's gRPC service. An id that is no UUID names no product, so it comes back among the unknown ones; more
 * ids than one look-up takes is INVALID_ARGUMENT.
 */
@Service
class GrpcProductCatalog extends ProductCatalogGrpc.ProductCatalogImplBase {

    private final LookUpProducts lookUpProducts;

    GrpcProductCatalog(LookUpProducts lookUpProducts) {
        this.lookUpProducts = lookUpProducts;
    }

    @Override
    public void getProducts(GetProductsRequest request, StreamObserver<GetProductsResponse> answer) {
        if (request.getProductIdsCount() > LookUpProducts.MAX_IDS) {
            answer.onError(Status.INVALID_ARGUMENT
                    .withDescription("At most " + LookUpProducts.MAX_IDS + " product ids per request")
                    .asRuntimeException());
            return;
        }
        List<ProductId> ids = new ArrayList<>();
        GetProductsResponse.Builder response = GetProductsResponse.newBuilder();
        for (String id : request.getProductIdsList()) {
            try {
                ids.add(new ProductId(UUID.fromString(id)));
            } catch (IllegalArgumentException notAnId) {
                response.addUnknownProductIds(id);
            }
        }
        LookUpProducts.Found found = lookUpProducts.lookUp(ids);
        found.products().forEach(product -> response.addProducts(catalogProduct(product)));
        found.unknown().forEach(id -> response.addUnknownProductIds(id.value().toString()));
        answer.onNext(response.build());
        answer.onCompleted();
    }

    private static CatalogProduct catalogProduct(Product product) {
        return CatalogProduct.newBuilder()
                .setProductId(product.id().value().toString())
                .setSku(product.sku())
                .setName(product.name())
                .setPrice(Money.newBuilder()
                        .setAmount(product.price().amount().toPlainString())
                        .setCurrency(product.price().currency().getCurrencyCode()))
                .build();
    }
}
