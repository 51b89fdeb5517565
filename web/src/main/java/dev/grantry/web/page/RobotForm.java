package dev.grantry.web.page;

/** The "New robot" form: the owner (administrators only), short name, description and permissions. */
public class RobotForm {

    private String owner = "";
    private String shortName = "";
    private String description = "";
    private String permissions = "";

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getPermissions() {
        return permissions;
    }

    public void setPermissions(String permissions) {
        this.permissions = permissions;
    }
}
