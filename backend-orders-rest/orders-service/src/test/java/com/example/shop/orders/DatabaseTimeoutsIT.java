package com.example.shop.orders;

import com.example.shop.testsupport.postgres.DatabaseTimeoutsContract;
import com.example.shop.testsupport.postgres.PostgresServiceTest;

/**
 * The orders service's statement and lock timeouts, as every REST service's
 * ({@link DatabaseTimeoutsContract}).
 */
@PostgresServiceTest(database = "orders")
class DatabaseTimeoutsIT extends DatabaseTimeoutsContract {

}
