/** Small value types and web plumbing every module may use: phone numbers, problems, tenant identity. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package com.showroomassistant.shared;
