-- A cart: a visitor's (found through their session) or, once they sign in, a customer's (found by their account).
CREATE TABLE carts (
    id UUID PRIMARY KEY,
    customer VARCHAR(100) UNIQUE,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- What is in it: products and quantities, and each product's name as it was when added, so that the cart can be shown
-- while the catalog cannot answer. Prices are the catalog's, asked each time the cart is shown.
CREATE TABLE cart_lines (
    cart_id UUID NOT NULL REFERENCES carts (id) ON DELETE CASCADE,
    product_id UUID NOT NULL,
    product_name VARCHAR(200) NOT NULL,
    quantity INTEGER NOT NULL CHECK (quantity BETWEEN 1 AND 10),
    position INTEGER NOT NULL,
    PRIMARY KEY (cart_id, product_id)
);
