package dev.grantry.service.fakes;

import dev.grantry.persistence.client.Application;
import dev.grantry.persistence.client.ApplicationRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

public class FakeApplicationRepository implements ApplicationRepository {

    private final List<Application> applications = new ArrayList<>();

    public FakeApplicationRepository(Application... applications) {
        this.applications.addAll(List.of(applications));
    }

    @Override
    public Optional<Application> findByClientId(String clientId) {
        return applications.stream().filter(a -> a.getClientId().equals(clientId)).findFirst();
    }

    @Override
    public List<Application> findByOwner(String username) {
        return applications.stream().filter(a -> a.isOwnedBy(username)).toList();
    }

    @Override
    public List<Application> findAll() {
        return List.copyOf(applications);
    }

    @Override
    public Application add(Application application) {
        applications.add(application);
        return application;
    }

    @Override
    public void replaceRedirectUris(Application application, List<String> redirectUris) {
        application.setRedirectUris(redirectUris);
    }

    @Override
    public void remove(Application application) {
        applications.remove(application);
    }
}
