/** Tenants (showrooms), their gateway account, assistant configuration and API keys. */
package com.showroomassistant.tenant;
