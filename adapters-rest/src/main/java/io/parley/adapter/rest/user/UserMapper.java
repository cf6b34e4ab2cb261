package io.parley.adapter.rest.user;

import io.parley.application.profile.UserView;
import org.mapstruct.Mapper;
import org.mapstruct.MappingConstants;
import org.mapstruct.ReportingPolicy;

/** Turns the application's user view into the two wire shapes. */
@Mapper(componentModel = MappingConstants.ComponentModel.JAKARTA, unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface UserMapper {
    AccountResponse toAccount(UserView user);

    UserResponse toPublic(UserView user);
}
