package com.example.shop.billing;

import com.example.shop.testsupport.postgres.DatabaseTimeoutsContract;
import com.example.shop.testsupport.postgres.PostgresServiceTest;

/**
 * The billing service's statement and lock timeouts, as every REST service's
 * ({@link DatabaseTimeoutsContract}).
 */
@PostgresServiceTest(database = "billing")
class DatabaseTimeoutsIT extends DatabaseTimeoutsContract {

}
